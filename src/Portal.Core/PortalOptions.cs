namespace Portal.Core;

/// <summary>Bound from the <c>Portal</c> section.</summary>
public sealed class PortalOptions
{
    public const string Section = "Portal";

    public string SiteName { get; set; } = "红纺链党群服务中心";

    /// <summary>The site's public address, used in links inside emails.</summary>
    public string PublicUrl { get; set; } = "http://localhost:5080";

    /// <summary>Fill a new database with demo data and show the demo accounts on the login page.</summary>
    public bool DemoData { get; set; }

    /// <summary>ICP 备案号 shown in the footer.</summary>
    public string? IcpNumber { get; set; }

    /// <summary>公安备案号 shown in the footer.</summary>
    public string? PublicSecurityNumber { get; set; }

    public string AbsoluteUrl(string? pathOrUrl)
    {
        if (string.IsNullOrEmpty(pathOrUrl) || Uri.IsWellFormedUriString(pathOrUrl, UriKind.Absolute))
        {
            return pathOrUrl ?? "";
        }

        return PublicUrl.TrimEnd('/') + "/" + pathOrUrl.TrimStart('/');
    }
}
