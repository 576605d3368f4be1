using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Portal.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Portal.Browser.Tests;

/// <summary>
/// Staff write a policy on /admin/policies and schedule it half a minute ahead; until then visitors cannot find it.
/// When the time has come an administrator runs the recurring job Policies:publish-scheduled from the Hangfire dashboard
/// (/admin/jobs, "trigger now"), the app's own job server publishes it, and a visitor finds it on /policies with its
/// days left. The staff and visitor pages are audited at desktop size during the flow and again at phone size.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class PolicySchedulingFlowTests(PortalApp app)
{
    private const string Staff = "staff@demo.local";
    private const string Admin = "admin@demo.local";
    private static readonly TimeZoneInfo China = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    [Fact]
    public async Task Staff_schedule_a_policy_the_publish_job_publishes_it_when_its_time_comes_and_a_visitor_finds_it()
    {
        var mark = "定时发布验证" + string.Concat(Random.Shared.GetItems("甲乙丙丁戊己庚辛".ToCharArray(), 4));
        var title = $"针纺企业技改设备贴息（{mark}）";
        var search = $"/policies?q={Uri.EscapeDataString(mark)}";
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTime.UtcNow, China));
        string editPath;
        DateTime publishAtUtc;

        await using (var staff = await app.OpenAsync(Viewport.Desktop, Staff))
        {
            var page = staff.Page;
            await staff.GotoAsync("/admin/policies");
            await staff.AuditAsync("policies-admin-list");
            await page.GetByRole(AriaRole.Link, new() { Name = "新建政策" }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/admin/policies/edit$"));
            await Forms.FillAsync(page, "Input.Title", title);
            await Forms.FillAsync(page, "Input.DocumentNumber", "青工信字〔2026〕99号");
            await Forms.FillAsync(page, "Input.IssuingDepartment", "青山湖区工业和信息化局");
            await Forms.ChooseAsync(page, "Input.SupportType", "贴息补贴");
            await Forms.FillAsync(page, "Input.ClosesOn", today.AddDays(20).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            await Forms.FillAsync(page, "Input.Contact", "区工信局 0791-88888888");
            await Forms.FillAsync(page, "Input.AcceptanceAddress", "青山湖区政务服务中心二楼");
            await Forms.FillAsync(page, "Input.BodyMarkdown", "## 惠及对象\n\n区内针纺企业。\n\n## 支持标准\n\n技改设备贷款按实际利息的 50% 贴息。");

            // Half a minute ahead, in Beijing time with seconds (the field's minute steps are only the picker's).
            publishAtUtc = DateTime.UtcNow.AddSeconds(30);
            var publishAt = TimeZoneInfo.ConvertTime(publishAtUtc, China);
            await Forms.FillAsync(page, "PublishAt", publishAt.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture));
            await page.GetByRole(AriaRole.Button, new() { Name = "定时发布", Exact = true }).ClickAsync();

            await Expect(page).ToHaveURLAsync(new Regex(@"/admin/policies/edit/\d+$"));
            editPath = new Uri(page.Url).AbsolutePath;
            await Expect(page.GetByTestId("policy-state")).ToContainTextAsync("定时发布");
            await Expect(page.GetByTestId("policy-state")).ToContainTextAsync(publishAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
            await staff.AuditAsync("policies-admin-scheduled");
        }

        // Not public before its time.
        await using (var visitor = await app.OpenAsync(Viewport.Desktop))
        {
            await visitor.GotoAsync(search);
            await Expect(visitor.Page.GetByTestId("policy-empty")).ToBeVisibleAsync();
        }

        // The publish time is the domain's own clock: wait until it has passed, then run the job from the dashboard.
        var due = publishAtUtc - DateTime.UtcNow + TimeSpan.FromSeconds(1);
        if (due > TimeSpan.Zero)
        {
            await Task.Delay(due);
        }

        await TriggerFromDashboardAsync("Policies:publish-scheduled");

        await using (var visitor = await app.OpenAsync(Viewport.Desktop))
        {
            var page = visitor.Page;
            var hit = page.GetByTestId("policy-hit");
            await ReloadUntilAsync(visitor, search, hit, TimeSpan.FromSeconds(90));
            await Expect(hit).ToHaveCountAsync(1);
            await Expect(hit.Locator("mark").First).ToHaveTextAsync(mark);
            await Expect(hit.GetByTestId("days-left")).ToHaveTextAsync("还剩 20 天");
            await visitor.AuditAsync("policies-scheduled-found");
            await hit.Locator("h2 a").ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(title);
            await Expect(page.GetByTestId("policy-window")).ToContainTextAsync("还剩 20 天");
            await Expect(page.GetByTestId("version-row")).ToHaveCountAsync(1);
            var detailsPath = new Uri(page.Url).AbsolutePath;

            await using var staff = await app.OpenAsync(Viewport.Desktop, Staff);
            await staff.GotoAsync(editPath);
            await Expect(staff.Page.GetByTestId("policy-state")).ToContainTextAsync("已发布");

            await app.AuditPagesAsync(
                Viewport.Phone,
                (Staff, "/admin/policies", "policies-admin-list"), (Staff, editPath, "policies-admin-published"),
                (null, search, "policies-scheduled-found"), (null, detailsPath, "policies-scheduled-details"));
        }
    }

    /// <summary>An administrator ticks the recurring job on the dashboard's recurring-jobs page and presses "trigger now".</summary>
    private async Task TriggerFromDashboardAsync(string jobId)
    {
        await using var admin = await app.OpenAsync(Viewport.Desktop, Admin);
        var page = admin.Page;
        await admin.GotoAsync("/admin/jobs/recurring");
        var row = page.Locator(".js-jobs-list-row").Filter(new() { HasText = jobId });
        await Expect(row).ToHaveCountAsync(1);
        await row.Locator("input.js-jobs-list-checkbox").CheckAsync();
        var trigger = page.Locator("button.js-jobs-list-command[data-url$='/recurring/trigger']");
        var posted = page.WaitForResponseAsync(r => r.Url.EndsWith("/recurring/trigger", StringComparison.Ordinal) && r.Request.Method == "POST");
        await trigger.ClickAsync();
        Assert.True((await posted).Ok, "The dashboard refused to trigger the job.");
    }

    /// <summary>Opens <paramref name="path"/> again until <paramref name="found"/> is there: the job server works on its own time.</summary>
    private static async Task ReloadUntilAsync(BrowserSession session, string path, ILocator found, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        do
        {
            await session.GotoAsync(path);
            if (await found.CountAsync() > 0)
            {
                return;
            }

            await session.Page.WaitForTimeoutAsync(1000);
        }
        while (DateTime.UtcNow < until);

        Assert.Fail($"{path} did not show the policy within {timeout}.");
    }
}
