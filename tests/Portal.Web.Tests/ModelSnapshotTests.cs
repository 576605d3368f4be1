using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core;
using Portal.Core.Data;
using Portal.Testing;

namespace Portal.Web.Tests;

/// <summary>A model change without its migration fails here, for SQLite and for PostgreSQL alike (no database needed).</summary>
public sealed class ModelSnapshotTests
{
    public static TheoryData<DatabaseProvider> Providers => [DatabaseProvider.Sqlite, DatabaseProvider.Postgres];

    /// <summary>Every context the host registers: Core's and each module's, with their prefixes.</summary>
    private static IReadOnlyList<(Type Type, string Prefix)> RegisteredContexts()
    {
        using var directory = new TempDirectory("portal-contexts");
        var services = new ServiceCollection();
        var configuration = new ConfigurationBuilder().Build();
        services.AddPortalCore(configuration, directory.Path);
        foreach (var module in PortalModules.All)
        {
            module.AddServices(services, configuration);
        }

        return ((PortalDbContexts)services.Single(d => d.ServiceType == typeof(PortalDbContexts)).ImplementationInstance!).All;
    }

    private static DbContext Create(Type type, string prefix, DatabaseProvider provider)
    {
        var database = new DatabaseOptions
        {
            Provider = provider,
            ConnectionString = provider == DatabaseProvider.Sqlite ? "Data Source=:memory:" : "Host=127.0.0.1;Database=never_opened",
        };
        var builder = (DbContextOptionsBuilder)Activator.CreateInstance(typeof(DbContextOptionsBuilder<>).MakeGenericType(type))!;
        builder.UsePortalDatabase(database, prefix);
        return (DbContext)Activator.CreateInstance(type, builder.Options)!;
    }

    [Fact]
    public void Core_and_the_four_modules_register_their_contexts()
    {
        var prefixes = RegisteredContexts().Select(c => c.Prefix).ToList();
        Assert.Equal(["core_", "center_", "expo_", "policy_", "redhelp_"], prefixes);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void Every_context_has_its_migrations_and_no_pending_model_changes(DatabaseProvider provider)
    {
        var failures = new List<string>();
        foreach (var (type, prefix) in RegisteredContexts())
        {
            using var context = Create(type, prefix, provider);
            if (!context.Database.GetMigrations().Any())
            {
                failures.Add($"{type.Name}: no migrations for {provider}");
            }

            if (context.Database.HasPendingModelChanges())
            {
                failures.Add($"{type.Name}: the model has changes without a {provider} migration (dotnet ef migrations add)");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
