using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Portal.Browser.Tests.Infrastructure;

/// <summary>One browser context and its page; collects what the browser console complains about (CSP, script errors).</summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private readonly List<string> problems = [];

    private BrowserSession(IBrowserContext context, IPage page, Viewport viewport)
    {
        Context = context;
        Page = page;
        Viewport = viewport;
        page.Console += (_, message) =>
        {
            // A page answered with an error status is reported below, with its address, and only for sub-resources:
            // the document's own status is asserted by GotoAsync.
            if (message.Type is "error" or "warning" && !message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal))
            {
                problems.Add($"console {message.Type}: {message.Text}");
            }
        };
        page.PageError += (_, error) => problems.Add($"page error: {error}");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400 && response.Request.ResourceType != "document")
            {
                problems.Add($"{response.Status} for {response.Request.ResourceType} {response.Url}");
            }
        };
    }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    public Viewport Viewport { get; }

    internal static async Task<BrowserSession> StartAsync(IBrowserContext context, Viewport viewport) =>
        new(context, await context.NewPageAsync(), viewport);

    /// <summary>Goes to a path and asserts the status the server answered with.</summary>
    public async Task<IResponse> GotoAsync(string path, int expectedStatus = 200)
    {
        var response = await Page.GotoAsync(path) ?? throw new InvalidOperationException($"No response for {path}.");
        Assert.True(response.Status == expectedStatus, $"GET {path} answered {response.Status}, expected {expectedStatus} (now at {Page.Url}).");
        return response;
    }

    /// <summary>
    /// The checks every visited page gets: zero axe violations, nothing in the console (a CSP
    /// violation from an inline style or script shows up there), and a full-page screenshot
    /// saved as artifacts/screenshots/{name}.{viewport}.png.
    /// </summary>
    public async Task AuditAsync(string name)
    {
        await Page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(Artifacts.Screenshots, $"{name}.{Viewport.Name}.png"),
            FullPage = true,
        });
        var result = await Page.RunAxe();
        Assert.True(result.Violations.Length == 0, Describe(name, result.Violations));
        Assert.True(problems.Count == 0, $"{name} ({Viewport}): the browser reported:\n" + string.Join("\n", problems));
    }

    private string Describe(string name, AxeResultItem[] violations)
    {
        var text = new StringBuilder($"{name} ({Viewport}, {Page.Url}): {violations.Length} axe violation(s)\n");
        foreach (var v in violations)
        {
            text.AppendLine($"- {v.Id} [{v.Impact}]: {v.Help} ({v.HelpUrl})");
            foreach (var node in v.Nodes)
            {
                var checks = node.Any.Concat(node.All).Concat(node.None).Select(c => c.Message);
                text.AppendLine($"    at {node.Target}: {string.Join(" / ", checks)}");
                text.AppendLine($"       {node.Html}");
            }
        }

        return text.ToString();
    }

    public async ValueTask DisposeAsync() => await Context.CloseAsync();
}
