using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.Browser.Tests.Infrastructure;
using Portal.Core.Data;
using Portal.Core.DemoData;
using static Microsoft.Playwright.Assertions;

namespace Portal.Browser.Tests;

/// <summary>
/// Enterprise showcases in the browser: the public page of a leading enterprise, the enterprise's editor and
/// preview, the moderation queue and review (old and new side by side), and the whole round trip from an
/// edit to the public page.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class ShowcaseTests(PortalApp app)
{
    private const string Enterprise = "enterprise@demo.local";
    private const string Staff = "staff@demo.local";

    /// <summary>The demo data's leading enterprise with an older published version and a newer one waiting for review.</summary>
    private Task<(string Slug, string Name)> LeadingWithPendingUpdateAsync() => app.WithScopeAsync(s =>
        s.GetRequiredService<CoreDbContext>().Enterprises.Where(e => e.IsLeading && e.OwnerUserId == null)
            .OrderBy(e => e.Id).Select(e => ValueTuple.Create(e.Slug, e.Name)).FirstAsync());

    private Task<(string Slug, string Name)> DemoEnterpriseAsync() => app.WithScopeAsync(s =>
    {
        var db = s.GetRequiredService<CoreDbContext>();
        return db.Enterprises.Where(e => db.Users.Any(u => u.Id == e.OwnerUserId && u.Email == Enterprise))
            .Select(e => ValueTuple.Create(e.Slug, e.Name)).SingleAsync();
    });

    /// <summary>Scrolls through the page so pictures below the fold (loading="lazy") are in the full-page screenshot.</summary>
    private static async Task LoadLazyPicturesAsync(IPage page)
    {
        var height = await page.EvaluateAsync<int>("document.body.scrollHeight");
        for (var y = 0; y < height; y += 600)
        {
            await page.EvaluateAsync($"window.scrollTo(0, {y})");
        }

        await page.WaitForFunctionAsync("[...document.images].every(i => i.complete)");
        await page.EvaluateAsync("window.scrollTo(0, 0)");
    }

    [Theory]
    [InlineData("desktop")]
    [InlineData("phone")]
    public async Task The_public_page_of_a_leading_enterprise_shows_its_showcase(string viewport)
    {
        var (slug, name) = await LeadingWithPendingUpdateAsync();
        await using var session = await app.OpenAsync(Viewport.Named(viewport));
        var page = session.Page;

        await session.GotoAsync($"/enterprises/{slug}");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(name);
        await Expect(page.GetByText("领航企业", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "产品展示" }).GetByRole(AriaRole.Img).First).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "荣誉" }).GetByRole(AriaRole.Listitem).First).ToBeVisibleAsync();
        // The version waiting for review is not public.
        await Expect(page.GetByText("新的一年")).ToHaveCountAsync(0);
        await LoadLazyPicturesAsync(session.Page);
        await session.AuditAsync("showcase-public");
    }

    [Theory]
    [InlineData("desktop")]
    [InlineData("phone")]
    public async Task The_enterprise_sees_its_editor_and_preview(string viewport)
    {
        await using var session = await app.OpenAsync(Viewport.Named(viewport), signedInAs: Enterprise);
        var page = session.Page;

        await session.GotoAsync("/my/showcase");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("企业展示");
        await Expect(page.GetByTestId("showcase-state")).ToBeVisibleAsync();
        await LoadLazyPicturesAsync(session.Page);
        await session.AuditAsync("showcase-editor");

        await page.GetByRole(AriaRole.Link, new() { Name = "预览", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/my/showcase/preview$"));
        await Expect(page.GetByRole(AriaRole.Note)).ToContainTextAsync("审核通过前不会公开");
        await LoadLazyPicturesAsync(session.Page);
        await session.AuditAsync("showcase-preview");
    }

    [Theory]
    [InlineData("desktop")]
    [InlineData("phone")]
    public async Task Staff_review_old_and_new_side_by_side_with_the_changes_flagged(string viewport)
    {
        var (_, name) = await LeadingWithPendingUpdateAsync();
        await using var session = await app.OpenAsync(Viewport.Named(viewport), signedInAs: Staff);
        var page = session.Page;

        await session.GotoAsync("/admin/showcase/moderation");
        await session.AuditAsync("showcase-queue");
        await page.GetByRole(AriaRole.Row).Filter(new() { HasText = name }).GetByRole(AriaRole.Link).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(name);
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "当前公开版本" })).ToBeVisibleAsync();
        var proposed = page.GetByRole(AriaRole.Region, new() { Name = "待审核版本" });
        await Expect(proposed.GetByText("新的一年")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("changes")).ToContainTextAsync("企业文化已修改");
        await Expect(page.GetByTestId("changes")).ToContainTextAsync("新增产品：联名文创系列");
        await Expect(proposed.GetByText("新增", new() { Exact = true }).First).ToBeVisibleAsync();
        await LoadLazyPicturesAsync(session.Page);
        await session.AuditAsync("showcase-review");
    }

    [Fact]
    public async Task An_enterprise_edits_its_showcase_staff_approve_it_and_the_public_page_shows_it()
    {
        var (slug, name) = await DemoEnterpriseAsync();
        var story = "我们今年开设了党员创新工作室 " + Guid.NewGuid().ToString("N")[..6];
        var product = "浏览器测试针织衫 " + Guid.NewGuid().ToString("N")[..4];

        await using (var enterprise = await app.OpenAsync(Viewport.Desktop, signedInAs: Enterprise))
        {
            var page = enterprise.Page;
            await enterprise.GotoAsync("/my/showcase");
            var withdraw = page.GetByRole(AriaRole.Button, new() { Name = "撤回审核申请" });
            if (await withdraw.CountAsync() > 0)
            {
                await withdraw.ClickAsync();
            }

            await Forms.FillAsync(page, "Text.Culture", $"### 新动态\n\n{story}");
            await page.GetByRole(AriaRole.Button, new() { Name = "保存", Exact = true }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("已保存");

            var add = page.Locator("form.product-new");
            await add.GetByLabel("产品名称").FillAsync(product);
            await add.GetByLabel("产品介绍").FillAsync("纯棉，双面针织。");
            await add.GetByRole(AriaRole.Button, new() { Name = "添加产品" }).ClickAsync();
            var editor = page.GetByRole(AriaRole.Article).Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = product }) });
            await editor.GetByLabel("添加图片").SetInputFilesAsync(new FilePayload
            {
                Name = "针织衫.png", MimeType = "image/png", Buffer = DemoImages.Png(320, 240, (46, 120, 92)),
            });
            await editor.GetByRole(AriaRole.Button, new() { Name = "上传" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("图片已上传");

            await page.GetByRole(AriaRole.Button, new() { Name = "提交审核" }).ClickAsync();
            await Expect(page.GetByTestId("showcase-state")).ToHaveTextAsync("待审核");
        }

        await using (var visitor = await app.OpenAsync(Viewport.Desktop))
        {
            await visitor.GotoAsync($"/enterprises/{slug}");
            await Expect(visitor.Page.GetByText(story)).ToHaveCountAsync(0);
        }

        await using (var staff = await app.OpenAsync(Viewport.Desktop, signedInAs: Staff))
        {
            var page = staff.Page;
            await staff.GotoAsync("/admin/showcase/moderation");
            await page.GetByRole(AriaRole.Row).Filter(new() { HasText = name }).GetByRole(AriaRole.Link).ClickAsync();
            await Expect(page.GetByTestId("changes")).ToContainTextAsync($"新增产品：{product}");
            await page.GetByRole(AriaRole.Button, new() { Name = "通过并发布" }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/admin/showcase/moderation$"));
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("已通过审核");
        }

        await using (var visitor = await app.OpenAsync(Viewport.Desktop))
        {
            var page = visitor.Page;
            await visitor.GotoAsync($"/enterprises/{slug}");
            await Expect(page.GetByRole(AriaRole.Main).GetByText(story)).ToBeVisibleAsync();
            var card = page.GetByRole(AriaRole.Region, new() { Name = product });
            await Expect(card.GetByRole(AriaRole.Img, new() { Name = product })).ToBeVisibleAsync();
            await LoadLazyPicturesAsync(visitor.Page);
        await visitor.AuditAsync("showcase-public-after-approval");
        }
    }
}
