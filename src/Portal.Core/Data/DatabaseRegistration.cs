using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Portal.Core.Data;

public static class DatabaseRegistration
{
    /// <summary>Reads provider and connection string; the SQLite default is <c>App_Data/portal.db</c> under <paramref name="contentRoot"/>.</summary>
    public static DatabaseOptions ReadDatabaseOptions(this IConfiguration configuration, string contentRoot)
    {
        var options = new DatabaseOptions();
        configuration.GetSection(DatabaseOptions.Section).Bind(options);
        options.ConnectionString = configuration.GetConnectionString("Portal") ?? "";
        if (options.ConnectionString.Length == 0 && options.Provider == DatabaseProvider.Sqlite)
        {
            var dir = Path.Combine(contentRoot, "App_Data");
            Directory.CreateDirectory(dir);
            options.ConnectionString = $"Data Source={Path.Combine(dir, "portal.db")}";
        }

        return options;
    }

    /// <summary>
    /// Registers a module's DbContext on the configured provider, with its own migrations history
    /// table (<c>__{prefix}migrations</c>) and the migrations assembly of the provider.
    /// </summary>
    public static IServiceCollection AddPortalDbContext<TContext>(this IServiceCollection services, string tablePrefix)
        where TContext : DbContext
    {
        services.TryAddSingleton(new PortalDbContexts());
        var registry = (PortalDbContexts)services.Single(d => d.ServiceType == typeof(PortalDbContexts)).ImplementationInstance!;
        registry.Add(typeof(TContext), tablePrefix);
        services.AddDbContext<TContext>((sp, builder) =>
            builder.UsePortalDatabase(sp.GetRequiredService<DatabaseOptions>(), tablePrefix));
        return services;
    }

    public static DbContextOptionsBuilder UsePortalDatabase(this DbContextOptionsBuilder builder, DatabaseOptions options, string tablePrefix)
    {
        var history = $"__{tablePrefix}migrations";
        return options.Provider switch
        {
            // Loading a collection with its own collections (a showcase's products and their images) runs as
            // one query per collection rather than one cartesian product.
            DatabaseProvider.Sqlite => builder.UseSqlite(options.ConnectionString, o => o
                .MigrationsAssembly(options.MigrationsAssembly)
                .MigrationsHistoryTable(history)
                .UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery)),
            DatabaseProvider.Postgres => builder.UseNpgsql(options.ConnectionString, o => o
                .MigrationsAssembly(options.MigrationsAssembly)
                .MigrationsHistoryTable(history)
                .UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery)),
            _ => throw new InvalidOperationException($"Unknown provider {options.Provider}"),
        };
    }
}
