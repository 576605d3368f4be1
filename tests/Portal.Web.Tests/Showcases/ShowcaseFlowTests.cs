using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Core.DemoData;
using Portal.Core.Security;
using Portal.Web.Tests.Infrastructure;
using static Portal.Web.Tests.Showcases.ShowcasePages;

namespace Portal.Web.Tests.Showcases;

/// <summary>
/// Enterprise showcases through the real host: the enterprise edits and submits, the public page keeps the
/// published version until staff approve, bad uploads are refused with nothing stored, and every text field
/// an enterprise or reviewer fills in is shown as text, never as markup.
/// </summary>
public sealed class ShowcaseFlowTests(ShowcaseFactory factory) : IClassFixture<ShowcaseFactory>
{
    private static readonly string[] Dangerous = ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>"];

    private static string Payload(string field) => $"{field}<script>alert(1)</script><img src=x onerror=alert(1)>[click](javascript:alert(1))";

    /// <summary>The payload cut into lines short enough for a brand or an honour.</summary>
    private static string Lines(string field) => $"{field}<script>alert(1)</script>\n<img src=x onerror=alert(1)>\n[x](javascript:alert(1))";

    private Task<HttpClient> As(string? role) => Accounts.ClientAsync(factory, role);

    [Fact]
    public async Task The_public_page_changes_only_when_staff_approve_the_submitted_version()
    {
        var (slug, name) = await DemoEnterpriseAsync(factory.Services);
        using var enterprise = await As(PortalRoles.Enterprise);
        using var staff = await As(PortalRoles.Staff);
        using var visitor = await As(null);
        var before = await TextAsync(visitor, Public(slug));
        var marker = "新的企业文化 " + Guid.NewGuid().ToString("N")[..8];

        await EnsureDraftAsync(enterprise);
        await SaveTextAsync(enterprise, $"### 新的一年\n\n{marker}", "赣锦\n红纺优品", "党员示范岗\n工人先锋号");
        Assert.Contains(marker, await TextAsync(enterprise, Preview));
        Assert.DoesNotContain(marker, await TextAsync(visitor, Public(slug)));

        await SubmitAsync(enterprise);
        var editor = await TextAsync(enterprise, Editor);
        Assert.Contains("待审核", editor);
        Assert.Contains("handler=Withdraw", editor);
        Assert.DoesNotContain(marker, await TextAsync(visitor, Public(slug)));

        var id = await QueuedVersionAsync(staff, name);
        var review = await TextAsync(staff, Review(id));
        Assert.Contains("当前公开版本", review);
        Assert.Contains("企业文化已修改", review);
        Assert.Contains(marker, review);

        var approved = await DecideAsync(staff, id, "Approve");
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.Equal(Queue, approved.Headers.Location?.OriginalString);

        var after = await TextAsync(visitor, Public(slug));
        Assert.Contains(marker, after);
        Assert.NotEqual(before, after);
        Assert.Contains("企业展示已发布", await TextAsync(enterprise, "/my/inbox"));
        Assert.Contains("发布于", await TextAsync(enterprise, Editor));
    }

    [Fact]
    public async Task A_rejection_reaches_the_enterprise_with_its_reason_and_the_public_page_stays()
    {
        var (slug, name) = await DemoEnterpriseAsync(factory.Services);
        using var enterprise = await As(PortalRoles.Enterprise);
        using var staff = await As(PortalRoles.Staff);
        using var visitor = await As(null);
        await EnsureDraftAsync(enterprise);
        var marker = "被退回的内容 " + Guid.NewGuid().ToString("N")[..8];
        await SaveTextAsync(enterprise, marker);
        await SubmitAsync(enterprise);
        var id = await QueuedVersionAsync(staff, name);

        var noReason = await DecideAsync(staff, id, "Reject", "");
        Assert.Equal(HttpStatusCode.OK, noReason.StatusCode);
        Assert.Contains("请填写不通过的理由", WebUtility.HtmlDecode(await noReason.Content.ReadAsStringAsync()));

        Assert.Equal(HttpStatusCode.Redirect, (await DecideAsync(staff, id, "Reject", "产品图片不清晰，请更换。")).StatusCode);

        Assert.Contains("产品图片不清晰，请更换。", await TextAsync(enterprise, Editor));
        Assert.Contains("企业展示未通过审核", await TextAsync(enterprise, "/my/inbox"));
        Assert.DoesNotContain(marker, await TextAsync(visitor, Public(slug)));
    }

    [Fact]
    public async Task When_two_staff_decide_on_one_version_the_second_is_told_it_was_already_handled()
    {
        using var staff = await As(PortalRoles.Staff);
        using var admin = await As(PortalRoles.Admin);
        var queue = await staff.GetStringAsync(Queue);
        var id = int.Parse(System.Text.RegularExpressions.Regex.Match(queue, "/admin/showcase/moderation/(\\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

        // Both open the review page before either decides.
        var staffPage = await staff.GetStringAsync(Review(id));
        var adminPage = await admin.GetStringAsync(Review(id));
        var approve = await staff.PostAsync($"{Review(id)}?handler=Approve", new FormUrlEncodedContent(
            [new(Forms.TokenField, Forms.TokenFrom(staffPage, $"{Review(id)}?handler=Approve")!)]));
        var reject = await admin.PostAsync($"{Review(id)}?handler=Reject", new FormUrlEncodedContent(
            [new(Forms.TokenField, Forms.TokenFrom(adminPage, $"{Review(id)}?handler=Reject")!), new("Reason", "不清晰")]));

        Assert.Equal(HttpStatusCode.Redirect, approve.StatusCode);
        Assert.Equal(HttpStatusCode.OK, reject.StatusCode);
        var text = WebUtility.HtmlDecode(await reject.Content.ReadAsStringAsync());
        Assert.Contains("该版本不在待审核状态，可能已被其他工作人员处理。", text);
        Assert.Contains("已发布", text);
    }

    [Fact]
    public async Task A_program_renamed_jpg_a_picture_over_5_MB_and_a_ninth_picture_are_refused_and_nothing_is_stored()
    {
        using var enterprise = await As(PortalRoles.Enterprise);
        await EnsureDraftAsync(enterprise);
        var product = await AddProductAsync(enterprise, "上传测试产品", "用于检查上传");
        var stored = factory.UploadedFiles().Length;

        byte[] exe = [(byte)'M', (byte)'Z', 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xFF, 0xFF, 0, 0, .. new byte[4000]];
        var (status, text) = await UploadImageAsync(enterprise, product, exe, "产品照片.jpg");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("不支持的文件类型，只接受：", text);
        Assert.Equal(stored, factory.UploadedFiles().Length);

        var big = new byte[(6 * 1024 * 1024)];
        DemoImages.Png(40, 30, (40, 62, 120)).CopyTo(big, 0);
        (status, text) = await UploadImageAsync(enterprise, product, big, "大图.png");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("图片超过 5 MB 的上限。", text);
        Assert.Equal(stored, factory.UploadedFiles().Length);

        for (var i = 0; i < 8; i++)
        {
            (status, _) = await UploadImageAsync(enterprise, product, DemoImages.Png(60, 45, (46, 120, 92)), $"图{i}.png");
            Assert.Equal(HttpStatusCode.Redirect, status);
        }

        Assert.Equal(stored + 8, factory.UploadedFiles().Length);
        (status, text) = await UploadImageAsync(enterprise, product, DemoImages.Png(60, 45, (46, 120, 92)), "第九张.png");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("每个产品最多 8 张图片，请先删除一张再上传。", text);
        Assert.Equal(stored + 8, factory.UploadedFiles().Length);

        var editor = await TextAsync(enterprise, Editor);
        Assert.Contains("产品图片（8/8）", editor);
        Assert.Contains("width=\"60\" height=\"45\"", editor);
    }

    [Fact]
    public async Task Markup_typed_into_any_field_is_shown_as_text_everywhere()
    {
        var (slug, name) = await DemoEnterpriseAsync(factory.Services);
        using var enterprise = await As(PortalRoles.Enterprise);
        using var staff = await As(PortalRoles.Staff);
        using var visitor = await As(null);
        await EnsureDraftAsync(enterprise);
        await SaveTextAsync(enterprise, Payload("culture"), Lines("brand"), Lines("honour"));
        await AddProductAsync(enterprise, Payload("name"), Payload("description"));

        await SubmitAsync(enterprise);
        var id = await QueuedVersionAsync(staff, name);
        await AssertHarmlessAsync(staff, Review(id));
        Assert.Equal(HttpStatusCode.Redirect, (await DecideAsync(staff, id, "Approve")).StatusCode);
        await AssertHarmlessAsync(visitor, Public(slug));
        await AssertHarmlessAsync(enterprise, Editor, Preview);

        await SaveTextAsync(enterprise, "第二次提交");
        await SubmitAsync(enterprise);
        id = await QueuedVersionAsync(staff, name);
        Assert.Equal(HttpStatusCode.Redirect, (await DecideAsync(staff, id, "Reject", Payload("reason"))).StatusCode);
        await AssertHarmlessAsync(enterprise, Editor);
        await AssertHarmlessAsync(staff, Review(id));
    }

    [Fact]
    public async Task Only_a_verified_enterprise_edits_a_showcase()
    {
        using var helper = await As(PortalRoles.Helper);
        var text = await TextAsync(helper, Editor);
        Assert.Contains("只有已通过认证的企业用户才能编辑企业展示。", text);
        Assert.DoesNotContain("handler=Text", text);

        using var visitor = await As(null);
        var anonymous = await visitor.GetAsync(Editor);
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith(Accounts.LoginPath, anonymous.Headers.Location!.AbsolutePath, StringComparison.OrdinalIgnoreCase);

        using var enterprise = await As(PortalRoles.Enterprise);
        Assert.Equal(HttpStatusCode.Forbidden, (await enterprise.GetAsync(Queue)).StatusCode);
    }

    [Fact]
    public async Task The_public_page_of_a_leading_enterprise_shows_its_published_showcase_and_unknown_or_unverified_ones_are_not_found()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CoreDbContext>();
        var leading = await db.Enterprises.Where(e => e.IsLeading && e.OwnerUserId == null).OrderBy(e => e.Id).Select(e => e.Slug).FirstAsync();
        var unverified = await db.Enterprises.Where(e => e.Verification != Portal.Core.Enterprises.VerificationState.Verified).Select(e => e.Slug).FirstAsync();
        using var visitor = await As(null);

        var html = await TextAsync(visitor, Public(leading));
        Assert.Contains("领航企业", html);
        Assert.Contains("产品展示", html);
        Assert.Contains("loading=\"lazy\"", html);
        Assert.Matches("<img src=\"/media/[0-9a-f]{32}\\.png\" width=\"480\" height=\"360\" loading=\"lazy\" alt=\"[^\"]+\"", html);
        Assert.Matches("<meta name=\"description\" content=\"[^\"]{20,}\"", html);
        Assert.Contains("href=\"/chain/", html);

        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync(Public("no-such-enterprise"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync(Public(unverified))).StatusCode);
    }

    private static async Task AssertHarmlessAsync(HttpClient client, params string[] paths)
    {
        foreach (var path in paths)
        {
            var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var html = await response.Content.ReadAsStringAsync();
            Assert.All(Dangerous, d => Assert.DoesNotContain(d, html, StringComparison.OrdinalIgnoreCase));
            Assert.DoesNotContain("href=\"javascript:", html, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        }
    }
}
