using Microsoft.Playwright;

namespace Portal.Browser.Tests.Infrastructure;

/// <summary>Debian's Chromium, never a downloaded browser.</summary>
internal static class BrowserLaunch
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public static BrowserTypeLaunchOptions Options => new()
    {
        ExecutablePath = ChromiumPath,
        Headless = true,
        Args =
        [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--no-first-run",
            "--disable-sync",
        ],
    };
}
