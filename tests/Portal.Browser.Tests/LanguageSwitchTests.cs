using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Portal.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Portal.Browser.Tests;

/// <summary>The header's language switch: Chinese by default, English on request, and back.</summary>
[Collection(PortalCollection.Name)]
public sealed class LanguageSwitchTests(PortalApp app)
{
    [Theory]
    [InlineData("desktop")]
    [InlineData("phone")]
    public async Task English_and_back_to_Chinese(string viewport)
    {
        await using var session = await app.OpenAsync(Viewport.Named(viewport));
        var page = session.Page;
        await session.GotoAsync("/");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "zh-CN");

        await OpenMenuOnPhoneAsync(session);
        await page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();

        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(NoChinese());
        await Expect(page.Locator("#chain-title")).ToHaveTextAsync(NoChinese());
        await Expect(page.Locator("button.lang-switch")).ToHaveAttributeAsync("lang", "zh-CN");
        await session.AuditAsync("home-en");

        await OpenMenuOnPhoneAsync(session);
        await page.GetByRole(AriaRole.Button, new() { Name = "中文" }).ClickAsync();

        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "zh-CN");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("产业链党群服务中心");
    }

    [Fact]
    public async Task The_switch_returns_to_the_page_it_was_used_on()
    {
        await using var session = await app.OpenAsync(Viewport.Desktop);
        await session.GotoAsync("/error/404", expectedStatus: 404);

        await session.Page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();

        await Expect(session.Page).ToHaveURLAsync(app.BaseUrl + "/error/404");
        await Expect(session.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(NoChinese());
    }

    /// <summary>Translated text: not empty and without a Chinese character (the wording belongs to the resource file).</summary>
    private static Regex NoChinese() => new(@"^[^\u4e00-\u9fff]*[A-Za-z][^\u4e00-\u9fff]*$");

    /// <summary>On a phone the header's links sit behind the menu button.</summary>
    private static async Task OpenMenuOnPhoneAsync(BrowserSession session)
    {
        if (session.Viewport.IsMobile)
        {
            await session.Page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^(展开菜单|Open menu)$") }).ClickAsync();
            // Wait until Bootstrap's collapse has finished opening (class "show", no longer "collapsing"): a click while the
            // menu still grows was once lost in CI, leaving the page in English.
            await Expect(session.Page.Locator("#site-nav")).ToHaveClassAsync(new Regex(@"(^|\s)show(\s|$)"));
        }
    }
}
