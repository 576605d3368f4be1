using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.Browser.Tests.Infrastructure;
using Portal.Core.Data;
using Portal.Core.Enterprises;
using static Microsoft.Playwright.Assertions;

namespace Portal.Browser.Tests;

/// <summary>The pages anyone sees: home and the error page, at desktop and phone size.</summary>
[Collection(PortalCollection.Name)]
public sealed class PublicPageTests(PortalApp app)
{
    [Theory]
    [InlineData("desktop")]
    [InlineData("phone")]
    public async Task Home_shows_the_center_the_live_figures_and_the_six_segments(string viewport)
    {
        var verified = await app.WithScopeAsync(s => s.GetRequiredService<CoreDbContext>().Enterprises
            .CountAsync(e => e.Verification == VerificationState.Verified));
        await using var session = await app.OpenAsync(Viewport.Named(viewport));
        var page = session.Page;

        await session.GotoAsync("/");

        await Expect(page).ToHaveTitleAsync("红纺链党群服务中心");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("产业链党群服务中心");
        await Expect(page.GetByTestId("figure-enterprises")).ToHaveTextAsync(verified.ToString());
        var segments = page.GetByRole(AriaRole.Region, new() { Name = "产业链六大行业" }).GetByRole(AriaRole.Listitem);
        await Expect(segments).ToHaveCountAsync(6);
        foreach (var segment in Segments.All)
        {
            await Expect(segments.Filter(new() { HasText = segment.ChineseName() })).ToHaveCountAsync(1);
        }

        await Expect(page.GetByRole(AriaRole.Contentinfo)).ToContainTextAsync("ICP");
        await session.AuditAsync("home");
    }

    [Fact]
    public async Task On_a_phone_the_menu_opens_from_its_button()
    {
        await using var session = await app.OpenAsync(Viewport.Phone);
        var page = session.Page;
        await session.GotoAsync("/");
        var menu = page.GetByRole(AriaRole.Navigation, new() { Name = "主导航" });
        await Expect(menu.GetByRole(AriaRole.Link, new() { Name = "登录" })).ToBeHiddenAsync();

        var toggle = page.GetByRole(AriaRole.Button, new() { Name = "展开菜单" });
        await toggle.ClickAsync();

        await Expect(toggle).ToHaveAttributeAsync("aria-expanded", "true");
        await Expect(menu.GetByRole(AriaRole.Link, new() { Name = "登录" })).ToBeVisibleAsync();
        await Expect(menu.GetByRole(AriaRole.Button, new() { Name = "English" })).ToBeVisibleAsync();
        await page.WaitForTimeoutAsync(400); // the collapse animation, so the screenshot shows the open menu
        await session.AuditAsync("home-menu");
    }

    [Fact]
    public async Task The_first_tab_reaches_the_skip_link_which_moves_focus_to_the_content()
    {
        await using var session = await app.OpenAsync(Viewport.Desktop);
        var page = session.Page;
        await session.GotoAsync("/");

        await page.Keyboard.PressAsync("Tab");
        var skip = page.GetByRole(AriaRole.Link, new() { Name = "跳到主要内容" });
        await Expect(skip).ToBeFocusedAsync();
        await Expect(skip).ToBeInViewportAsync();
        Assert.Equal("solid", await skip.EvaluateAsync<string>("e => getComputedStyle(e).outlineStyle"));
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.GetByRole(AriaRole.Main)).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Tab");
        var focused = page.Locator(":focus");
        Assert.Equal("solid", await focused.EvaluateAsync<string>("e => getComputedStyle(e).outlineStyle"));
    }

    [Fact]
    public async Task Home_prints_the_content_without_the_menu()
    {
        await using var session = await app.OpenAsync(Viewport.Desktop);
        var page = session.Page;
        await session.GotoAsync("/");

        await page.EmulateMediaAsync(new() { Media = Media.Print });

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "English" })).ToBeHiddenAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "登录" })).ToBeHiddenAsync();
        await session.AuditAsync("home-print");
    }

    [Theory]
    [InlineData("desktop")]
    [InlineData("phone")]
    public async Task Error_page_explains_a_missing_page_in_Chinese(string viewport)
    {
        await using var session = await app.OpenAsync(Viewport.Named(viewport));

        await session.GotoAsync("/error/404", expectedStatus: 404);

        await Expect(session.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("页面不存在");
        await Expect(session.Page.GetByRole(AriaRole.Link, new() { Name = "返回首页" })).ToBeVisibleAsync();
        await session.AuditAsync("error-404");
    }

    [Fact]
    public async Task An_unknown_address_answers_404_with_the_same_page()
    {
        await using var session = await app.OpenAsync(Viewport.Desktop);

        await session.GotoAsync("/no/such/page", expectedStatus: 404);

        await Expect(session.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("页面不存在");
    }
}
