using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;

namespace Portal.Modules.ServiceCenter.Data;

/// <summary>The ServiceCenter module's own data; tables "center_", history table "__center_migrations".</summary>
internal sealed class ServiceCenterDbContext(DbContextOptions<ServiceCenterDbContext> options) : DbContext(options)
{
    public const string TablePrefix = "center_";

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.ApplyPortalConventions();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.UseTablePrefix(TablePrefix);
}
