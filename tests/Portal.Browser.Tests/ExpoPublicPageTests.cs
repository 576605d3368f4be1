using Microsoft.Playwright;
using Portal.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Portal.Browser.Tests;

/// <summary>
/// The Expo module's public pages in Chromium at desktop and phone size: zero axe violations (the SVG booth map
/// included), a clean console, and screenshots; the map scales to the page width and the table lists every booth.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class ExpoPublicPageTests(PortalApp app)
{
    public static TheoryData<string, string, string> Pages()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var viewport in new[] { "desktop", "phone" })
        {
            data.Add("/expo", "expo", viewport);
            data.Add("/expo/winter-2026", "expo-details", viewport);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Expo_pages_are_accessible_at_both_sizes(string path, string name, string viewport)
    {
        await using var session = await app.OpenAsync(Viewport.Named(viewport));
        await session.GotoAsync(path);
        await Expect(session.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        await session.AuditAsync(name);
    }

    [Theory]
    [InlineData("desktop")]
    [InlineData("phone")]
    public async Task The_booth_map_fits_the_page_and_names_itself(string viewport)
    {
        await using var session = await app.OpenAsync(Viewport.Named(viewport));
        await session.GotoAsync("/expo/winter-2026");

        var map = session.Page.GetByRole(AriaRole.Img, new() { Name = "一号展厅展位图" });
        await Expect(map).ToBeVisibleAsync();
        var box = await map.BoundingBoxAsync();
        var width = await session.Page.EvaluateAsync<int>("() => document.documentElement.clientWidth");
        Assert.NotNull(box);
        Assert.True(box.Width <= width, $"map {box.Width}px wide in a {width}px page");
        await Expect(session.Page.Locator("[data-testid=booth]")).ToHaveCountAsync(30);
        await Expect(session.Page.Locator("[data-testid=booth-table] tbody tr")).ToHaveCountAsync(30);
    }
}
