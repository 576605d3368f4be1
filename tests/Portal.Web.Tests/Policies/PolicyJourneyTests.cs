using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Portal.Core.Security;
using Portal.Core.Time;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests.Policies;

/// <summary>
/// Issue #4 end to end on the real host, every step through its page with the antiforgery token: a verified enterprise
/// follows a filter; staff download the Excel template, fill it, upload it, read the per-row report and import the valid
/// rows as drafts, then publish one; a visitor finds it by a two-character word and by facets; the enterprise sees it at
/// /my/policies with the reasons and days left, and the loopback SMTP server receives exactly one mail about it however
/// often the outbox job runs. The imported policy left in draft is found nowhere and mailed to nobody.
/// </summary>
[Collection(PolicyWritesCollection.Name)]
public sealed partial class PolicyJourneyTests(PolicyWritesFactory factory)
{
    private const string Published = "针纺企业设备更新贷款贴息（验收）";
    private const string Draft = "针纺企业技改项目贴息奖励（验收草稿）";
    private const string Import = "/admin/policies/import";
    private const string Followed = "/policies?q=%E8%B4%B4%E6%81%AF&segment=garment"; // q=贴息

    private static readonly DateOnly Today = DateOnly.FromDateTime(ChinaTime.ToChina(DateTime.UtcNow));

    [Fact]
    public async Task Staff_import_and_publish_a_policy_that_a_visitor_finds_and_a_matching_subscriber_is_mailed_once()
    {
        // A verified 制衣 enterprise (small, below designated size, from the registration form) follows 贴息 + 制衣.
        var registration = Registrations.New();
        using var enterprise = await Registrations.ConfirmedAsync(factory, registration);
        using var staff = await Accounts.ClientAsync(factory, PortalRoles.Staff);
        Assert.Equal(HttpStatusCode.Redirect, (await Registrations.VerifyAsync(staff, await Registrations.EnterpriseIdAsync(factory, registration.Email))).StatusCode);
        var follow = await Forms.SubmitAsync(enterprise, Followed, "/my/policies/subscriptions?handler=Follow");
        Assert.Equal(HttpStatusCode.Redirect, follow.StatusCode);
        Assert.Contains("即时", await enterprise.GetStringAsync("/my/policies/subscriptions"));

        // Staff: template → three filled rows → per-row report (nothing saved) → import of the two valid rows as drafts.
        using var workbook = await ExcelPages.WorkbookAsync(staff, Import + "?handler=Template");
        var sheet = workbook.Worksheet(1);
        Assert.Equal("标题", sheet.Cell(1, 1).GetString());
        Fill(sheet.Row(2), Published, "贴息补贴", "区");
        Fill(sheet.Row(3), Draft, "资金奖励", "区");
        Fill(sheet.Row(4), "层级写错的政策（验收）", "贴息补贴", "乡");
        var report = WebUtility.HtmlDecode(await ExcelPages.CheckAsync(staff, Import, ExcelPages.Bytes(workbook)));
        Assert.Contains("共 3 行：2 行可以导入，1 行有误。", report);
        Assert.Contains("无法识别的层级“乡”。", report);
        Assert.Equal(3, ImportRow().Matches(report).Count);
        Assert.DoesNotContain("policy-row", await staff.GetStringAsync("/admin/policies?q=" + Uri.EscapeDataString("验收")));

        var imported = await ExcelPages.ImportAsync(staff, Import, report);
        Assert.Equal(HttpStatusCode.Redirect, imported.StatusCode);
        var drafts = await staff.GetStringAsync("/admin/policies?state=Draft&q=" + Uri.EscapeDataString("验收"));
        Assert.Equal(2, Regex.Matches(drafts, "data-testid=\"policy-row\"").Count);
        Assert.DoesNotContain("层级写错的政策", drafts);

        // Staff publish one of them from its editor, the form sent as the browser sends it.
        var id = AdminId().Match(await staff.GetStringAsync("/admin/policies?q=" + Uri.EscapeDataString(Published))).Groups[1].Value;
        var edit = $"/admin/policies/edit/{id}";
        var publish = await Forms.SubmitAsync(staff, edit, set: new Dictionary<string, string> { ["intent"] = "publish" });
        Assert.Equal(HttpStatusCode.Redirect, publish.StatusCode);
        Assert.Contains("policy-state-published", await staff.GetStringAsync(edit));

        // A visitor finds it by 贴息 (marked) and by facets; another facet leaves it out; the draft is nowhere.
        using var visitor = factory.CreatePortalClient();
        var byWord = await visitor.GetStringAsync("/policies?q=" + Uri.EscapeDataString("贴息"));
        Assert.Contains("针纺企业设备更新贷款<mark>贴息</mark>（验收）", byWord);
        var byFacets = await visitor.GetStringAsync("/policies?type=interestsubsidy&segment=garment&size=small&level=district&window=closingsoon");
        Assert.Contains(Published, byFacets);
        Assert.DoesNotContain(Published, await visitor.GetStringAsync("/policies?type=interestsubsidy&level=national"));
        Assert.DoesNotContain(Draft, byWord + byFacets + await visitor.GetStringAsync("/policies?q=" + Uri.EscapeDataString("验收草稿")));
        var slug = Regex.Match(byFacets, $"href=\"/policies/([a-z0-9-]+)\">{Regex.Escape(Published)}").Groups[1].Value;
        Assert.Contains("还剩 20 天", await visitor.GetStringAsync("/policies/" + slug));

        // The enterprise sees it among its matches, with the reasons and the days left.
        var mine = Regex.Match(await enterprise.GetStringAsync("/my/policies"), $"data-testid=\"policy-match\">(?:(?!data-testid=\"policy-match\").)*?{Regex.Escape(Published)}.*?</ul>", RegexOptions.Singleline);
        Assert.True(mine.Success, "the published policy is not among the enterprise's matches");
        Assert.Contains("面向制衣行业，与贵企业一致", mine.Value);
        Assert.Contains("面向小型企业，与贵企业一致", mine.Value);
        Assert.Contains("限规下企业，贵企业为规下企业", mine.Value);
        Assert.Contains("还剩 20 天", mine.Value);

        // Exactly one mail about it reaches the subscriber, however often the outbox job runs; none about the draft.
        await Outbox.DispatchAsync(factory);
        await Outbox.DispatchAsync(factory);
        var mails = factory.Smtp.Messages.Where(m => Outbox.IsTo(m, registration.Email)).ToList();
        var mail = Assert.Single(mails, m => (m.Subject ?? "").Contains(Published, StringComparison.Ordinal));
        Assert.Contains("/policies/" + slug, mail.TextBody);
        Assert.Contains("/policies/unsubscribe?token=", mail.TextBody);
        Assert.DoesNotContain(mails, m => (m.TextBody ?? "").Contains(Draft, StringComparison.Ordinal));
        Assert.Equal(mails.Count, mails.Select(m => m.Subject).Distinct().Count()); // nothing arrived twice
        Assert.Contains(Published, WebUtility.HtmlDecode(await enterprise.GetStringAsync("/my/inbox")));
    }

    /// <summary>One row of the template: for 制衣, small or medium, below designated size, open until 20 days from today.</summary>
    private static void Fill(ClosedXML.Excel.IXLRow row, string title, string type, string level)
    {
        string[] cells =
        [
            title, "青工信字〔2026〕77号", "青山湖区工业和信息化局", level, "智能化改造和绿色发展", type, "制衣", "小型、中型", "否", "30",
            Date(Today.AddDays(-1)), Date(Today.AddDays(20)), "否", "区工信局 0791-88000000", "青山湖区行政服务中心 3 楼",
            "", "## 申报条件\n\n1. 在本区登记注册\n2. 购置设备的贷款按实际利息给予**贴息**",
        ];
        for (var i = 0; i < cells.Length; i++)
        {
            row.Cell(i + 1).Value = cells[i];
        }
    }

    private static string Date(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [GeneratedRegex("data-testid=\"import-row\"")]
    private static partial Regex ImportRow();

    [GeneratedRegex("href=\"/admin/policies/edit/(\\d+)\"")]
    private static partial Regex AdminId();
}
