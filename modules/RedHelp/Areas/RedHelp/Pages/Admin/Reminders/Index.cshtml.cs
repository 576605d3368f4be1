using System.Globalization;
using Hangfire;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Portal.Core.Security;
using Portal.Modules.RedHelp.Areas.RedHelp.Pages.Shared;
using Portal.Modules.RedHelp.Domain;
using Portal.Modules.RedHelp.Domain.Reminders;
using Portal.Modules.RedHelp.Jobs;

namespace Portal.Modules.RedHelp.Areas.RedHelp.Pages.Admin.Reminders;

/// <summary>
/// /admin/redhelp/reminders: each month's run of the roving-service reminder — recipients, channel, sent / pending / failed
/// with the reason and attempts. Administrators (who hold the job permission) may trigger the job now; it stays exactly
/// once because the job only adds the month's missing rows.
/// </summary>
[Authorize(Policy = RedHelpPermissions.Manage)]
public sealed class IndexModel(IAuthorizationService authorization, TimeProvider time, IStringLocalizer<RedHelpResource> l) : PageModel
{
    public const string PageUrl = "/admin/redhelp/reminders";

    public int Month { get; private set; }

    public DeliveryState? State { get; private set; }

    public IReadOnlyList<int> Months { get; private set; } = [];

    internal ReminderMonthReport Report { get; private set; } = null!;

    public bool CanRun { get; private set; }

    public Pager Pager { get; private set; } = new(1, 1, PageUrl);

    [TempData]
    public string? StatusMessage { get; set; }

    public static string MonthValue(int month) => $"{month / 100:D4}-{month % 100:D2}";

    /// <summary>"2026年12月" in Chinese, "12/2026" in English.</summary>
    public string MonthLabel(int month) => l["{0}年{1}月", month / 100, month % 100].Value;

    public async Task OnGetAsync(
        [FromQuery(Name = "month")] string? month, [FromQuery(Name = "state")] string? state, [FromQuery(Name = "page")] int page = 1)
    {
        var current = RovingReminders.MonthOf(time.GetUtcNow().UtcDateTime);
        Month = ParseMonth(month) ?? current;
        State = Enum.TryParse<DeliveryState>(state, ignoreCase: true, out var s) && Enum.IsDefined(s) && !int.TryParse(state, out _) ? s : null;
        var report = this.Service<ReminderReport>();
        Months = (await report.MonthsAsync(HttpContext.RequestAborted)).Append(current).Append(Month).Distinct().OrderDescending().ToList();
        Report = await report.ForMonthAsync(Month, State, page, HttpContext.RequestAborted);
        var count = Pager.PageCountOf(Report.Total, ReminderReport.PageSize);
        var baseUrl = $"{PageUrl}?month={MonthValue(Month)}" + (State is { } st ? $"&state={st.ToString().ToLowerInvariant()}" : "");
        Pager = new Pager(Math.Clamp(page, 1, count), count, baseUrl, Fragment: "recipients");
        CanRun = await MayRunAsync();
    }

    /// <summary>Administrators only: the recurring job is triggered in Hangfire, exactly as /admin/jobs' "trigger now" does.</summary>
    public async Task<IActionResult> OnPostRunAsync()
    {
        if (!await MayRunAsync())
        {
            return Forbid();
        }

        var jobs = HttpContext.RequestServices.GetRequiredService<IRecurringJobManagerV2>();
        var id = jobs.TriggerJob(RovingReminderJob.JobId);
        StatusMessage = id is null
            ? l["提醒任务未登记，请到后台任务页面查看。"].Value
            : l["已触发本月提醒任务，稍后刷新本页查看发送情况。重复触发不会重复发送。"].Value;
        return Redirect($"{PageUrl}?month={MonthValue(RovingReminders.MonthOf(time.GetUtcNow().UtcDateTime))}");
    }

    private async Task<bool> MayRunAsync() => (await authorization.AuthorizeAsync(User, CorePermissions.ManageJobs)).Succeeded;

    /// <summary>"2026-12" (what an input of type month sends) or "202612"; anything else is null.</summary>
    private static int? ParseMonth(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return DateTime.TryParseExact(value.Trim(), ["yyyy-MM", "yyyyMM"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            && d.Year is >= 2000 and <= 2100
            ? (d.Year * 100) + d.Month
            : null;
    }
}
