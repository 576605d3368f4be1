using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;

namespace Portal.Modules.Policies.Data;

/// <summary>The Policies module's own data; tables "policy_", history table "__policy_migrations".</summary>
internal sealed class PoliciesDbContext(DbContextOptions<PoliciesDbContext> options) : DbContext(options)
{
    public const string TablePrefix = "policy_";

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.ApplyPortalConventions();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.UseTablePrefix(TablePrefix);
}
