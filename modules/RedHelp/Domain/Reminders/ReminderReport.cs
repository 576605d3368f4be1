using Microsoft.EntityFrameworkCore;
using Portal.Core.Identity;
using Portal.Core.Notifications;
using Portal.Modules.RedHelp.Data;

namespace Portal.Modules.RedHelp.Domain.Reminders;

/// <summary>
/// One recipient's reminder on one channel as it stands now. An email row handed to Core's outbox takes the outbox's
/// state (pending while SMTP retries, with its attempts and last error), so "sent" means the SMTP server took the mail.
/// </summary>
internal sealed record ReminderLine(
    string RecipientName, string? RecipientEmail, ReminderChannel Channel, DeliveryState State, int Attempts, string? Error, DateTime? SentAt);

/// <summary>How many reminders of a channel were sent, are pending and failed.</summary>
internal sealed record ReminderCounts(ReminderChannel Channel, int Sent, int Pending, int Failed)
{
    public int Total => Sent + Pending + Failed;
}

/// <summary>A month's run: counts per channel, the recipients of one page (failed and pending first).</summary>
internal sealed record ReminderMonthReport(int Month, IReadOnlyList<ReminderCounts> Counts, int Recipients, IReadOnlyList<ReminderLine> Lines, int Total);

/// <summary>The read side of the monthly reminder for staff: each month's recipients, sent / pending / failed with the reason.</summary>
internal sealed class ReminderReport(RedHelpDbContext db, IUserDirectory users, INotificationStatus status)
{
    public const int PageSize = 50;

    /// <summary>Months (yyyyMM) with a run, newest first.</summary>
    public async Task<IReadOnlyList<int>> MonthsAsync(CancellationToken cancellationToken = default) =>
        await db.ReminderDeliveries.AsNoTracking().Select(d => d.Month).Distinct().OrderByDescending(m => m).ToListAsync(cancellationToken);

    public async Task<ReminderMonthReport> ForMonthAsync(int month, DeliveryState? state, int page, CancellationToken cancellationToken = default)
    {
        var rows = await db.ReminderDeliveries.AsNoTracking().Where(d => d.Month == month).OrderBy(d => d.Id).ToListAsync(cancellationToken);
        var mail = await status.EmailStatusAsync(
            rows.Where(r => r.Channel == ReminderChannel.Email && r.State == DeliveryState.Sent).Select(RovingReminders.DedupeKey).ToList(),
            cancellationToken);
        var people = await users.FindAsync(rows.Select(r => r.RecipientUserId).Distinct().ToList(), cancellationToken);
        var lines = rows.Select(r => Line(r, people.GetValueOrDefault(r.RecipientUserId), mail.GetValueOrDefault(RovingReminders.DedupeKey(r)))).ToList();
        var counts = Enum.GetValues<ReminderChannel>().Select(c => new ReminderCounts(
            c, lines.Count(l => l.Channel == c && l.State == DeliveryState.Sent), lines.Count(l => l.Channel == c && l.State == DeliveryState.Pending),
            lines.Count(l => l.Channel == c && l.State == DeliveryState.Failed))).ToList();
        var shown = lines.Where(l => state is null || l.State == state)
            .OrderByDescending(l => l.State == DeliveryState.Failed).ThenByDescending(l => l.State == DeliveryState.Pending)
            .ThenBy(l => l.RecipientEmail, StringComparer.Ordinal).ThenBy(l => l.Channel).ToList();
        var pageItems = shown.Skip((Math.Max(page, 1) - 1) * PageSize).Take(PageSize).ToList();
        return new ReminderMonthReport(month, counts, rows.Select(r => r.RecipientUserId).Distinct().Count(), pageItems, shown.Count);
    }

    private static ReminderLine Line(ReminderDelivery row, UserSummary? user, EmailStatus? mail)
    {
        var name = user?.DisplayName is { Length: > 0 } display ? display : user?.Email ?? row.RecipientUserId;
        if (row.Channel == ReminderChannel.Email && row.State == DeliveryState.Sent)
        {
            // Handed over to the outbox: SMTP decides. Without an outbox entry the row's own state is all there is.
            return mail is null
                ? new ReminderLine(name, user?.Email, row.Channel, DeliveryState.Sent, row.Attempts, null, row.SentAt)
                : new ReminderLine(name, user?.Email, row.Channel, StateOf(mail.State), mail.Attempts, mail.LastError, mail.SentAt);
        }

        return new ReminderLine(name, user?.Email, row.Channel, row.State, row.Attempts, row.LastError, row.SentAt);
    }

    private static DeliveryState StateOf(OutboxState state) => state switch
    {
        OutboxState.Sent => DeliveryState.Sent,
        OutboxState.Failed => DeliveryState.Failed,
        _ => DeliveryState.Pending,
    };
}
