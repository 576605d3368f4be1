using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core;
using Portal.Core.Data;
using Portal.Testing;

namespace Portal.Modules.ServiceCenter.Tests;

/// <summary>
/// The kernel and the ServiceCenter module registered as the host registers them, over a real SQLite
/// file with every migration applied; uploads go to a temporary folder.
/// </summary>
internal sealed class ModuleHost : IAsyncDisposable
{
    private readonly SqliteDatabase database = new();
    private readonly TempDirectory root = new("portal-center");

    private ModuleHost(Action<IServiceCollection>? configure)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Portal"] = database.Options.ConnectionString,
            ["Portal:Database:Provider"] = "Sqlite",
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddPortalCore(configuration, root.Path);
        new ServiceCenterModule().AddServices(services, configuration);
        configure?.Invoke(services);
        Services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    public ServiceProvider Services { get; }

    /// <summary>Where the file store keeps uploads under this host's content root.</summary>
    public string UploadsPath => Path.Combine(root.Path, "App_Data", "uploads");

    public static async Task<ModuleHost> StartAsync(Action<IServiceCollection>? configure = null)
    {
        var host = new ModuleHost(configure);
        await using var scope = host.Services.CreateAsyncScope();
        foreach (var context in host.Services.GetRequiredService<PortalDbContexts>().Resolve(scope.ServiceProvider))
        {
            await context.Database.MigrateAsync();
        }

        return host;
    }

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    public Task InScopeAsync(Func<IServiceProvider, Task> action) => InScopeAsync(async sp =>
    {
        await action(sp);
        return 0;
    });

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        database.Dispose();
        root.Dispose();
    }
}
