using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Portal.Browser.Tests.Infrastructure;

/// <summary>
/// The real host on Kestrel at a loopback port, over a temporary SQLite file with the demo data,
/// mail written as .eml files to a temporary pickup directory, and the job server running.
/// </summary>
internal sealed class PortalFactory : WebApplicationFactory<Program>
{
    public PortalFactory()
    {
        Root = Path.Combine(Path.GetTempPath(), "portal-browser-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
        MailDirectory = Path.Combine(Root, "mail");
        Port = FreeLoopbackPort();
        BaseUrl = $"http://127.0.0.1:{Port}";
        UseKestrel(o => o.Listen(IPAddress.Loopback, Port));
    }

    /// <summary>The temporary folder holding the database, the job store and the mail.</summary>
    public string Root { get; }

    public string MailDirectory { get; }

    public int Port { get; }

    public string BaseUrl { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Portal", $"Data Source={Path.Combine(Root, "portal.db")}");
        builder.UseSetting("Portal:Database:Provider", "Sqlite");
        builder.UseSetting("Portal:Jobs:SqlitePath", Path.Combine(Root, "hangfire.db"));
        builder.UseSetting("Portal:Files:UploadsPath", Path.Combine(Root, "uploads"));
        builder.UseSetting("Portal:DemoData", "true");
        builder.UseSetting("Portal:PublicUrl", BaseUrl);
        builder.UseSetting("Portal:Mail:Host", "");
        builder.UseSetting("Portal:Mail:PickupDirectory", MailDirectory);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold a file for a moment; the folder is under /tmp.
        }
    }

    /// <summary>A port the system is not using now; Kestrel takes it a moment later.</summary>
    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
