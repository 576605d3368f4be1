using Portal.Testing;

namespace Portal.Web.Tests.Infrastructure;

/// <summary>Demo mode off, as in production: no demo accounts, and two-factor required for administrators and staff.</summary>
public sealed class ProductionPortalFactory : PortalFactory
{
    protected override void Configure(IDictionary<string, string> settings) => settings["Portal:DemoData"] = "false";
}

/// <summary>Log-in and registration limited to <see cref="AuthPerMinute"/> POSTs a minute per client.</summary>
public sealed class RateLimitedPortalFactory : PortalFactory
{
    public const int AuthPerMinute = 3;

    protected override void Configure(IDictionary<string, string> settings) =>
        settings["Portal:RateLimits:AuthPerMinute"] = AuthPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>No SMTP host: mail is written as .eml files to <see cref="MailDirectory"/>.</summary>
public sealed class PickupMailPortalFactory : PortalFactory
{
    public string MailDirectory => Folder.File("mail");

    protected override void Configure(IDictionary<string, string> settings)
    {
        settings["Portal:Mail:Host"] = "";
        settings["Portal:Mail:PickupDirectory"] = MailDirectory;
    }
}

/// <summary>The portal's database in a folder of its own, which a test may take away while the app runs.</summary>
public sealed class VanishingDatabaseFactory : PortalFactory
{
    public string DatabaseFolder => Folder.File("db");

    protected override string ConnectionString => $"Data Source={Path.Combine(DatabaseFolder, "portal.db")}";

    public override async Task InitializeAsync()
    {
        Directory.CreateDirectory(DatabaseFolder);
        await base.InitializeAsync();
    }
}
