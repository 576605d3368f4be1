using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.Browser.Tests.Infrastructure;
using Portal.Core.Data;
using Portal.Core.Enterprises;
using static Microsoft.Playwright.Assertions;

namespace Portal.Browser.Tests;

/// <summary>
/// The ServiceCenter module's public pages and its center back office in Chromium: a visitor's way from
/// the home page along the chain to an enterprise, the directory's filters, the live Markdown preview,
/// and every page at desktop and phone size with zero axe violations and a clean console.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class ServiceCenterPageTests(PortalApp app)
{
    private const string Staff = "staff@demo.local";

    public static TheoryData<string, string, string> PublicPages()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var viewport in new[] { "desktop", "phone" })
        {
            data.Add("/center", "center", viewport);
            data.Add("/center/halls/fabric-library", "center-hall", viewport);
            data.Add("/chain", "chain", viewport);
            data.Add("/chain/dyeing", "chain-segment", viewport);
            data.Add("/enterprises", "enterprises", viewport);
            data.Add("/enterprises?segment=garment&above=1", "enterprises-filtered", viewport);
        }

        return data;
    }

    public static TheoryData<string, string, string> AdminPages()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var viewport in new[] { "desktop", "phone" })
        {
            data.Add("/admin/showcase/center", "admin-showcase-center", viewport);
            data.Add("/admin/showcase/center/pages/1", "admin-showcase-page", viewport);
            data.Add("/admin/showcase/center/halls/1", "admin-showcase-hall", viewport);
            data.Add("/admin/showcase/figures", "admin-showcase-figures", viewport);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PublicPages))]
    public async Task Public_pages_are_accessible_at_both_sizes(string path, string name, string viewport)
    {
        await using var session = await app.OpenAsync(Viewport.Named(viewport));
        await session.GotoAsync(path);
        await Expect(session.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        await LoadLazyImagesAsync(session.Page);
        await session.AuditAsync(name);
    }

    [Theory]
    [MemberData(nameof(AdminPages))]
    public async Task The_center_back_office_is_accessible_at_both_sizes(string path, string name, string viewport)
    {
        await using var session = await app.OpenAsync(Viewport.Named(viewport), signedInAs: Staff);
        await session.GotoAsync(path);
        await Expect(session.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        await LoadLazyImagesAsync(session.Page);
        await session.AuditAsync(name);
    }

    [Theory]
    [InlineData("desktop")]
    [InlineData("phone")]
    public async Task A_visitor_goes_from_home_along_the_chain_to_a_leading_enterprise_and_its_product(string viewport)
    {
        var leading = await app.WithScopeAsync(s => s.GetRequiredService<CoreDbContext>().Enterprises
            .Where(e => e.Segment == Segment.Dyeing && e.IsLeading && e.Verification == VerificationState.Verified)
            .Select(e => e.Slug).ToListAsync());
        await using var session = await app.OpenAsync(Viewport.Named(viewport));
        var page = session.Page;

        await session.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "查看产业链全景" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(app.BaseUrl + "/chain");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("纺织服装产业链");

        await page.GetByRole(AriaRole.Region, new() { Name = "产业链主线" }).GetByRole(AriaRole.Link, new() { Name = "印染" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(app.BaseUrl + "/chain/dyeing");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("印染行业企业");

        var first = page.GetByRole(AriaRole.Region, new() { Name = "领航企业" }).GetByRole(AriaRole.Link).First;
        var href = await first.GetAttributeAsync("href");
        Assert.NotNull(href);
        Assert.StartsWith("/enterprises/", href, StringComparison.Ordinal);
        Assert.Contains(href!["/enterprises/".Length..], leading);
        await session.AuditAsync("journey-segment");

        // On to the enterprise and one of its products, which has an address of its own.
        var name = (await first.InnerTextAsync()).Trim();
        await first.ClickAsync();
        await Expect(page).ToHaveURLAsync(app.BaseUrl + href);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(name);
        var product = page.GetByRole(AriaRole.Region, new() { Name = "产品展示" }).Locator("section.product-card").First;
        await Expect(product).ToBeVisibleAsync();
        var anchor = await product.GetAttributeAsync("id");
        Assert.StartsWith("product-", anchor, StringComparison.Ordinal);
        await page.GotoAsync($"{app.BaseUrl}{href}#{anchor}");
        await Expect(page.Locator($"#{anchor}").GetByRole(AriaRole.Img).First).ToBeVisibleAsync();
        await session.AuditAsync("journey-product");
    }

    [Fact]
    public async Task The_home_section_replaces_the_kernels_hero_and_links_each_segment()
    {
        await using var session = await app.OpenAsync(Viewport.Desktop);
        var page = session.Page;
        await session.GotoAsync("/");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveCountAsync(1);
        var segments = page.GetByRole(AriaRole.Region, new() { Name = "产业链六大行业" }).GetByRole(AriaRole.List).GetByRole(AriaRole.Link);
        await Expect(segments).ToHaveCountAsync(6);
        await Expect(segments.First).ToHaveAttributeAsync("href", "/chain/dyeing");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "走进服务中心" })).ToHaveAttributeAsync("href", "/center");
    }

    [Fact]
    public async Task The_directory_filters_by_its_form_and_keeps_the_filters_in_the_address()
    {
        await using var session = await app.OpenAsync(Viewport.Desktop);
        var page = session.Page;
        await session.GotoAsync("/enterprises");

        var segment = page.GetByLabel("所属行业");
        await segment.SelectOptionAsync("garment");
        await page.GetByLabel("企业名称").FillAsync("有限公司");
        await page.GetByRole(AriaRole.Button, new() { Name = "筛选" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("segment=garment"));
        Assert.Contains("q=", page.Url);
        await Expect(page.GetByRole(AriaRole.List, new() { Name = "当前筛选" }).GetByRole(AriaRole.Link)).ToHaveCountAsync(2);
        var tags = page.Locator(".directory-results .enterprise-row");
        Assert.True(await tags.CountAsync() > 0);
        foreach (var row in await tags.AllAsync())
        {
            await Expect(row).ToContainTextAsync("制衣");
        }
    }

    [Fact]
    public async Task Typing_Markdown_updates_the_preview_without_saving()
    {
        await using var session = await app.OpenAsync(Viewport.Desktop, signedInAs: Staff);
        var page = session.Page;
        await session.GotoAsync("/admin/showcase/center/pages/1");

        var body = await Forms.FieldAsync(page, "Input.Body");
        await body.FillAsync("## 实时预览\n\n**加粗**<script>window.bad = 1</script>");

        var pane = page.Locator("[data-preview-pane]");
        await Expect(pane.GetByRole(AriaRole.Heading, new() { Name = "实时预览" })).ToBeVisibleAsync();
        await Expect(pane.Locator("strong")).ToHaveTextAsync("加粗");
        await Expect(pane).ToContainTextAsync("<script>");
        Assert.Equal("/admin/showcase/center/pages/1", new Uri(page.Url).AbsolutePath);
        Assert.Null(await page.EvaluateAsync<int?>("() => window.bad ?? null"));
        await session.AuditAsync("admin-showcase-preview");
    }

    /// <summary>Loads the lazy images (visitors keep loading=lazy) so the full-page screenshot shows them.</summary>
    private static async Task LoadLazyImagesAsync(IPage page)
    {
        await page.EvaluateAsync("() => document.querySelectorAll('img[loading=lazy]').forEach(i => { i.loading = 'eager'; })");
        await page.WaitForFunctionAsync("() => Array.from(document.images).every(i => i.complete && i.naturalWidth > 0)");
        await page.EvaluateAsync("async () => { window.scrollTo(0, document.body.scrollHeight); await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r))); window.scrollTo(0, 0); }");
    }
}
