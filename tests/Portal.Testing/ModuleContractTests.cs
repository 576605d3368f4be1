using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Core.Modules;
using Portal.Core.Security;
using Xunit;

namespace Portal.Testing;

/// <summary>
/// What every module must fulfil, tested for real: its name, permissions, admin navigation guarded
/// by its own permission, its DbContext with its table prefix and history table, and its migrations
/// applied to a real SQLite file. Each module's test project derives from this once.
/// </summary>
public abstract class ModuleContractTests<TModule>
    where TModule : IPortalModule, new()
{
    protected TModule Module { get; } = new();

    protected abstract string ExpectedName { get; }

    /// <summary>"expo_": the module's tables start with it; its history table is "__expo_migrations".</summary>
    protected abstract string ExpectedTablePrefix { get; }

    private string HistoryTable => $"__{ExpectedTablePrefix}migrations";

    [Fact]
    public void Name_is_the_modules_name()
    {
        Assert.Equal(ExpectedName, Module.Name);
        Assert.False(string.IsNullOrWhiteSpace(Module.DisplayName));
    }

    [Fact]
    public void Permissions_are_prefixed_with_the_module_name_and_go_to_real_roles()
    {
        var permissions = Module.Permissions.ToList();
        Assert.NotEmpty(permissions);
        Assert.Equal(permissions.Count, permissions.Select(p => p.Name).Distinct().Count());
        Assert.All(permissions, p =>
        {
            Assert.StartsWith(Module.Name + ".", p.Name, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(p.DisplayName));
            Assert.All(p.DefaultRoles, role => Assert.Contains(role, PortalRoles.All));
        });
    }

    [Fact]
    public void Admin_menu_entries_point_at_pages_guarded_by_the_modules_permission()
    {
        var pages = RazorPages.In(typeof(TModule).Assembly);
        var names = Module.Permissions.Select(p => p.Name).ToHashSet();
        var adminItems = Module.Navigation.Where(n => n.Menu == NavMenu.Admin).ToList();
        Assert.NotEmpty(adminItems);
        Assert.All(adminItems, item =>
        {
            Assert.NotNull(item.Permission);
            Assert.Contains(item.Permission, names);
            var page = Assert.Single(pages, p => string.Equals(p.Route, item.Url, StringComparison.OrdinalIgnoreCase));
            Assert.Contains(item.Permission, page.Policies);
            Assert.False(page.IsPublic, $"{item.Url} is an admin page but carries [AllowAnonymous]");
        });
    }

    [Fact]
    public void Every_page_of_the_module_is_public_on_purpose_or_guarded()
    {
        var pages = RazorPages.In(typeof(TModule).Assembly);
        Assert.NotEmpty(pages);
        var unguarded = pages.Where(p => !p.IsPublic && !p.IsGuarded).Select(p => p.Identifier).ToList();
        Assert.Empty(unguarded);
    }

    [Fact]
    public void Its_DbContext_uses_its_table_prefix_and_its_own_history_table()
    {
        using var database = new SqliteDatabase();
        using var services = BuildServices(database);
        var registered = services.GetRequiredService<PortalDbContexts>().All;
        var (type, prefix) = Assert.Single(registered);
        Assert.Equal(ExpectedTablePrefix, prefix);

        using var scope = services.CreateScope();
        var context = (DbContext)scope.ServiceProvider.GetRequiredService(type);
        var relational = RelationalOptionsExtension.Extract(context.GetService<IDbContextOptions>());
        Assert.Equal(HistoryTable, relational.MigrationsHistoryTableName);
        Assert.Equal("Portal.Migrations.Sqlite", relational.MigrationsAssembly);
        Assert.All(context.Model.GetEntityTypes().Where(e => e.GetTableName() is not null), e =>
            Assert.StartsWith(ExpectedTablePrefix, e.GetTableName(), StringComparison.Ordinal));
        Assert.Contains(context.Database.GetMigrations(), id => id.EndsWith("_Initial", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Migrating_a_real_SQLite_file_creates_its_history_table_with_the_Initial_migration()
    {
        using var database = new SqliteDatabase();
        await using (var services = BuildServices(database))
        {
            using var scope = services.CreateScope();
            foreach (var context in services.GetRequiredService<PortalDbContexts>().Resolve(scope.ServiceProvider))
            {
                await context.Database.MigrateAsync();
                Assert.Empty(await context.Database.GetPendingMigrationsAsync());
            }
        }

        var tables = database.TableNames();
        Assert.Contains(HistoryTable, tables);
        Assert.Contains(database.AppliedMigrations(HistoryTable), id => id.EndsWith("_Initial", StringComparison.Ordinal));
        // EF's own lock table (__EFMigrationsLock) and SQLite's bookkeeping belong to nobody.
        Assert.All(tables.Where(t => t != HistoryTable && !t.StartsWith("__EF", StringComparison.Ordinal) && t != "sqlite_sequence"), t =>
            Assert.StartsWith(ExpectedTablePrefix, t, StringComparison.Ordinal));
    }

    /// <summary>Registers the module the way the host does, on a real SQLite file.</summary>
    private ServiceProvider BuildServices(SqliteDatabase database)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(database.Options);
        services.AddSingleton(TimeProvider.System);
        Module.AddServices(services, new ConfigurationBuilder().Build());
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }
}
