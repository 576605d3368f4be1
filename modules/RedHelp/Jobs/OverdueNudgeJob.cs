using Microsoft.EntityFrameworkCore;
using Portal.Core.Notifications;
using Portal.Core.Time;
using Portal.Modules.RedHelp.Data;
using Portal.Modules.RedHelp.Demands;
using Portal.Modules.RedHelp.Domain;

namespace Portal.Modules.RedHelp.Jobs;

/// <summary>
/// Recurring job "RedHelp:overdue-nudge", daily at 08:30 in Asia/Shanghai: reminds the handler of every open
/// demand past its due date. The notice's dedupe key holds the demand and the China date, so a retry or a
/// second run on the same day sends nothing more: once per demand per day.
/// </summary>
public sealed class OverdueNudgeJob
{
    public const string JobId = "RedHelp:overdue-nudge";
    public const string Cron = "30 8 * * *";

    private readonly RedHelpDbContext db;
    private readonly INotificationService notifications;
    private readonly DueDates dueDates;
    private readonly TimeProvider time;

    internal OverdueNudgeJob(RedHelpDbContext db, INotificationService notifications, DueDates dueDates, TimeProvider time)
    {
        this.db = db;
        this.notifications = notifications;
        this.dueDates = dueDates;
        this.time = time;
    }

    /// <summary>Returns how many nudges were newly sent.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        var today = time.ChinaToday();
        var overdue = await db.Demands.AsNoTracking()
            .Where(d => (d.State == DemandState.Dispatched || d.State == DemandState.InProgress) && d.DueOn < today && d.HandlerUserId != null)
            .OrderBy(d => d.Id)
            .Select(d => new { d.Id, d.Title, d.DueOn, HandlerUserId = d.HandlerUserId! })
            .ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var d in overdue)
        {
            var late = -dueDates.WorkingDaysLeft(today, d.DueOn!.Value);
            var notice = new Notice(
                d.HandlerUserId,
                $"需求「{d.Title}」已超期",
                $"需求「{d.Title}」的办结时限是 {d.DueOn:yyyy-MM-dd}，已超期 {late} 个工作日，请尽快办理。",
                DemandUrls.ForHelper(d.Id),
                $"redhelp:overdue:{d.Id}:{today:yyyyMMdd}");
            if (await notifications.NotifyAsync(notice, cancellationToken))
            {
                sent++;
            }
        }

        return sent;
    }
}
