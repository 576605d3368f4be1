using Microsoft.Playwright;
using Portal.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Portal.Browser.Tests;

/// <summary>The back office as its users see it; signed in with the app's own cookie (the login form has its own tests).</summary>
[Collection(PortalCollection.Name)]
public sealed class AdminPageTests(PortalApp app)
{
    private const string Admin = "admin@demo.local";
    private const string Staff = "staff@demo.local";

    [Theory]
    [InlineData("desktop")]
    [InlineData("phone")]
    public async Task Admin_home_lists_the_back_office_areas(string viewport)
    {
        await using var session = await app.OpenAsync(Viewport.Named(viewport), signedInAs: Admin);

        await session.GotoAsync("/admin");

        await Expect(session.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("后台");
        if (!session.Viewport.IsMobile)
        {
            var here = session.Page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Link, new() { Name = "后台", Exact = true });
            await Expect(here).ToHaveAttributeAsync("aria-current", "page");
        }

        var main = session.Page.GetByRole(AriaRole.Main);
        await Expect(main.GetByRole(AriaRole.Link, new() { Name = "企业审核" })).ToBeVisibleAsync();
        await Expect(main.GetByRole(AriaRole.Link, new() { Name = "用户与角色" })).ToBeVisibleAsync();
        await session.AuditAsync("admin");
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_the_login_page()
    {
        await using var session = await app.OpenAsync(Viewport.Desktop);

        await session.Page.GotoAsync("/admin");

        await Expect(session.Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/login\\?ReturnUrl=%2Fadmin"));
    }

    [Fact]
    public async Task An_enterprise_user_is_refused_the_back_office()
    {
        await using var session = await app.OpenAsync(Viewport.Desktop, signedInAs: "enterprise@demo.local");

        var response = await session.Page.GotoAsync("/admin");

        Assert.Equal(403, response!.Status);
        await Expect(session.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("没有权限");
        await session.AuditAsync("access-denied");
    }

    [Theory]
    [InlineData("desktop")]
    [InlineData("phone")]
    public async Task Staff_filter_the_enterprises_waiting_for_verification(string viewport)
    {
        await using var session = await app.OpenAsync(Viewport.Named(viewport), signedInAs: Staff);
        var page = session.Page;
        await session.GotoAsync("/admin/enterprises");

        await page.GetByLabel("认证状态").SelectOptionAsync(new SelectOptionValue { Label = "待审核" });
        await page.GetByRole(AriaRole.Button, new() { Name = "筛选" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("state=Unverified"));
        var states = page.GetByRole(AriaRole.Table).GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Cell) });
        Assert.True(await states.CountAsync() > 0, "The demo data has enterprises waiting for verification.");
        foreach (var row in await states.AllAsync())
        {
            await Expect(row).ToContainTextAsync("待审核");
        }

        await session.AuditAsync("admin-enterprises");

        await states.First.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "通过认证" })).ToBeVisibleAsync();
        await Expect(page.GetByLabel("不通过的理由")).ToBeVisibleAsync();
        await session.AuditAsync("admin-enterprise-details");
    }
}
