using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Portal.Browser.Tests.Infrastructure;

/// <summary>
/// Shared by every browser test: the portal started once on a loopback port and one Chromium.
/// Each test opens its own browser context (cookies, viewport), so tests do not see each other's sign-ins.
/// </summary>
public sealed class PortalApp : IAsyncLifetime
{
    private readonly PortalFactory factory = new();
    private IPlaywright? playwright;
    private IBrowser? browser;

    public string BaseUrl => factory.BaseUrl;

    public string MailDirectory => factory.MailDirectory;

    public IServiceProvider Services => factory.Services;

    public async Task InitializeAsync()
    {
        factory.StartServer();
        // Two cores running the server, Chromium and the build: a form post and reload can take longer than
        // Playwright's 5 s default before the page shows its result.
        Assertions.SetDefaultExpectTimeout(15_000);
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(BrowserLaunch.Options);
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.CloseAsync();
        }

        playwright?.Dispose();
        await factory.DisposeAsync();
    }

    /// <summary>A fresh browser context at the given size; signed in as <paramref name="signedInAs"/> when given.</summary>
    public async Task<BrowserSession> OpenAsync(Viewport viewport, string? signedInAs = null)
    {
        var context = await browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            ViewportSize = new ViewportSize { Width = viewport.Width, Height = viewport.Height },
            IsMobile = viewport.IsMobile,
            HasTouch = viewport.IsMobile,
            DeviceScaleFactor = 1,
            Locale = "zh-CN",
            TimezoneId = "Asia/Shanghai",
        });
        if (signedInAs is not null)
        {
            await context.AddCookiesAsync(await AuthCookies.ForAsync(Services, signedInAs, BaseUrl));
        }

        return await BrowserSession.StartAsync(context, viewport);
    }

    /// <summary>Opens each page in a fresh context at <paramref name="viewport"/> (signed in as its user when one is given) and audits it.</summary>
    public async Task AuditPagesAsync(Viewport viewport, params (string? User, string Path, string Name)[] pages)
    {
        foreach (var (user, path, name) in pages)
        {
            await using var session = await OpenAsync(viewport, user);
            await session.GotoAsync(path);
            await session.AuditAsync(name);
        }
    }

    /// <summary>Runs something against the app's own services in a scope, for example a job.</summary>
    public async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }
}

[CollectionDefinition(Name)]
public sealed class PortalCollection : ICollectionFixture<PortalApp>
{
    public const string Name = "portal";
}
