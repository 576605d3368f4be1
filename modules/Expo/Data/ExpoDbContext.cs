using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;

namespace Portal.Modules.Expo.Data;

/// <summary>The Expo module's own data; tables "expo_", history table "__expo_migrations".</summary>
internal sealed class ExpoDbContext(DbContextOptions<ExpoDbContext> options) : DbContext(options)
{
    public const string TablePrefix = "expo_";

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.ApplyPortalConventions();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.UseTablePrefix(TablePrefix);
}
