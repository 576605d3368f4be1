using System.Globalization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Portal.Core.Data;
using Portal.Testing;

namespace Portal.Web.Tests.Infrastructure;

/// <summary>
/// The real host (Program) in memory over a temporary SQLite file (or the PostgreSQL database given),
/// with demo data, no Hangfire server, and mail going to a loopback SMTP server. Content root stays
/// src/Portal.Web so the real pages, configuration and theme are used.
/// </summary>
public class PortalFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly TempDirectory directory = new("portal-web");

    /// <summary>The factory's own temporary folder (database, job store, anything a variant puts beside them).</summary>
    public TempDirectory Folder => directory;

    public LoopbackSmtpServer Smtp { get; private set; } = null!;

    public string DatabaseFile => directory.File("portal.db");

    protected virtual DatabaseProvider Provider => DatabaseProvider.Sqlite;

    protected virtual string ConnectionString => $"Data Source={DatabaseFile}";

    public virtual async Task InitializeAsync() => Smtp = await LoopbackSmtpServer.StartAsync();

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await Smtp.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        directory.Dispose();
    }

    /// <summary>A client that keeps cookies and shows redirects instead of following them.</summary>
    public HttpClient CreatePortalClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>A variant of the host changes the settings here (demo mode off, a tighter rate limit, a pickup directory ...).</summary>
    protected virtual void Configure(IDictionary<string, string> settings)
    {
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseContentRoot(RepositoryPaths.Web);
        var settings = new Dictionary<string, string>
        {
            ["ConnectionStrings:Portal"] = ConnectionString,
            ["Portal:Database:Provider"] = Provider.ToString(),
            ["Portal:Jobs:SqlitePath"] = directory.File("hangfire.db"),
            ["Portal:Jobs:Server"] = "false",
            ["Portal:Files:UploadsPath"] = directory.File("uploads"),
            ["Portal:DemoData"] = "true",
            ["Portal:Mail:Host"] = "127.0.0.1",
            ["Portal:Mail:Port"] = Smtp.Port.ToString(CultureInfo.InvariantCulture),

            // The matrix signs in once per role; the per-client limit is not what these tests are about.
            ["Portal:RateLimits:AuthPerMinute"] = "1000",
            ["Portal:RateLimits:FormsPerMinute"] = "1000",
        };
        Configure(settings);
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
