using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;

namespace Portal.Modules.RedHelp.Data;

/// <summary>The RedHelp module's own data; tables "redhelp_", history table "__redhelp_migrations".</summary>
internal sealed class RedHelpDbContext(DbContextOptions<RedHelpDbContext> options) : DbContext(options)
{
    public const string TablePrefix = "redhelp_";

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.ApplyPortalConventions();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.UseTablePrefix(TablePrefix);
}
