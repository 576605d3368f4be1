using Microsoft.EntityFrameworkCore;
using Portal.Core.Enterprises;
using Portal.Core.Identity;
using Portal.Core.Notifications;
using Portal.Core.Security;
using Portal.Core.Time;
using Portal.Modules.RedHelp.Data;

namespace Portal.Modules.RedHelp.Domain;

/// <summary>
/// The monthly roving-service reminder. <see cref="PlanAsync"/> only inserts delivery rows, one per
/// (month, recipient, channel) — the unique index makes a second run, a concurrent run or another
/// instance add nothing. <see cref="DispatchAsync"/> hands each pending row to Core's notifications with a
/// dedupe key derived from the row, so a crash between hand-over and marking cannot send twice.
/// </summary>
internal sealed class RovingReminders(
    RedHelpDbContext db, IEnterpriseDirectory enterprises, IUserDirectory users, INotificationService notifications, TimeProvider time)
{
    public const int VisitDueDays = 30;

    private sealed record Planned(string UserId, string Title, string Body, string Link);

    /// <summary>yyyyMM of a UTC time in Asia/Shanghai.</summary>
    public static int MonthOf(DateTime utc)
    {
        var china = ChinaTime.ToChina(utc);
        return (china.Year * 100) + china.Month;
    }

    public static string DedupeKey(ReminderDelivery row) =>
        $"redhelp:roving-reminder:{row.Month}:{row.RecipientUserId}:{row.Channel.ToString().ToLowerInvariant()}";

    /// <summary>Inserts the month's missing delivery rows; returns how many were added.</summary>
    public async Task<int> PlanAsync(int month, CancellationToken cancellationToken = default)
    {
        var planned = await RecipientsAsync(month, cancellationToken);
        var existing = (await db.ReminderDeliveries.Where(d => d.Month == month)
                .Select(d => new { d.RecipientUserId, d.Channel }).ToListAsync(cancellationToken))
            .Select(d => (d.RecipientUserId, d.Channel)).ToHashSet();
        var now = time.GetUtcNow().UtcDateTime;
        var added = 0;
        foreach (var batch in planned.Chunk(200))
        {
            var rows = batch
                .SelectMany(p => new[] { ReminderChannel.Email, ReminderChannel.Inbox }.Select(c => (Plan: p, Channel: c)))
                .Where(x => existing.Add((x.Plan.UserId, x.Channel)))
                .Select(x => new ReminderDelivery
                {
                    Month = month, RecipientUserId = x.Plan.UserId, Channel = x.Channel, Title = x.Plan.Title,
                    Body = x.Plan.Body, Link = x.Plan.Link, State = DeliveryState.Pending, CreatedAt = now,
                })
                .ToList();
            added += await InsertIgnoringDuplicatesAsync(rows, cancellationToken);
        }

        return added;
    }

    /// <summary>A concurrent run may have inserted some of the rows: then insert one by one, and a duplicate is not an error.</summary>
    private async Task<int> InsertIgnoringDuplicatesAsync(List<ReminderDelivery> rows, CancellationToken cancellationToken)
    {
        db.ReminderDeliveries.AddRange(rows);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return rows.Count;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
        }

        var added = 0;
        foreach (var row in rows)
        {
            row.Id = 0;
            db.ReminderDeliveries.Add(row);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                added++;
            }
            catch (DbUpdateException)
            {
                db.ChangeTracker.Clear();
            }
        }

        return added;
    }

    /// <summary>Hands every pending row to the inbox or the email outbox; returns how many were handed over now.</summary>
    public async Task<int> DispatchAsync(CancellationToken cancellationToken = default)
    {
        var handed = 0;
        while (true)
        {
            var rows = await db.ReminderDeliveries.Where(d => d.State == DeliveryState.Pending)
                .OrderBy(d => d.Id).Take(200).ToListAsync(cancellationToken);
            if (rows.Count == 0)
            {
                return handed;
            }

            var emails = await users.FindAsync(rows.Select(r => r.RecipientUserId).Distinct().ToList(), cancellationToken);
            foreach (var row in rows)
            {
                handed += await HandOverAsync(row, emails.GetValueOrDefault(row.RecipientUserId)?.Email, cancellationToken) ? 1 : 0;
            }

            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private async Task<bool> HandOverAsync(ReminderDelivery row, string? email, CancellationToken cancellationToken)
    {
        row.Attempts++;
        if (row.Channel == ReminderChannel.Email && string.IsNullOrEmpty(email))
        {
            row.State = DeliveryState.Failed;
            row.LastError = "收件人没有邮箱地址。";
            return false;
        }

        // Both calls are idempotent by the key: a row handed over before a crash is not sent again.
        var key = DedupeKey(row);
        var fresh = row.Channel == ReminderChannel.Inbox
            ? await notifications.NotifyAsync(new Notice(row.RecipientUserId, row.Title, row.Body, row.Link, key, Email: false), cancellationToken)
            : await notifications.EnqueueEmailAsync(new Email(email!, row.Title, $"{row.Body}\n\n{row.Link}", key), cancellationToken);
        row.State = DeliveryState.Sent;
        row.SentAt = time.GetUtcNow().UtcDateTime;
        return fresh;
    }

    private async Task<List<Planned>> RecipientsAsync(int month, CancellationToken cancellationToken)
    {
        var (from, to) = MonthRange(month);
        var session = await db.RovingSessions.AsNoTracking()
            .Where(s => s.StartsAt >= from && s.StartsAt < to).OrderBy(s => s.StartsAt).FirstOrDefaultAsync(cancellationToken);
        var label = $"{month / 100}年{month % 100}月";
        if (session is null)
        {
            return (await users.InRoleAsync(PortalRoles.Staff, cancellationToken))
                .Select(u => new Planned(u.Id, $"请安排{label}巡回服务", $"{label}尚未安排针纺企业巡回服务，请尽快确定时间、地点和参加单位。", "/admin/redhelp/roving"))
                .ToList();
        }

        var when = $"{ChinaTime.Format(session.StartsAt)}，{session.Place}";
        var planned = await HelperPlansAsync(label, when, cancellationToken);
        var page = 1;
        while (true)
        {
            var result = await enterprises.SearchAsync(new EnterpriseSearch(Page: page, PageSize: 100), cancellationToken);
            planned.AddRange(result.Items.Where(e => e.OwnerUserId is not null).Select(e => new Planned(
                e.OwnerUserId!, $"{label}巡回服务报名", $"{label}针纺企业巡回服务将于 {when} 举行，有融资、用地、技术、招商等问题可报名并提前提交。",
                $"/redhelp/roving/{session.Id}")));
            if (page * 100 >= result.Total)
            {
                return planned;
            }

            page++;
        }
    }

    private async Task<List<Planned>> HelperPlansAsync(string label, string when, CancellationToken cancellationToken)
    {
        var cutoff = time.ChinaToday().AddDays(-VisitDueDays);
        var helpers = await db.Helpers.AsNoTracking().Where(h => h.IsActive).Select(h => h.UserId).ToListAsync(cancellationToken);
        var due = await db.Assignments.AsNoTracking()
            .Where(a => a.EndedAt == null && !db.Visits.Any(v => v.EnterpriseId == a.EnterpriseId && v.VisitedOn >= cutoff))
            .GroupBy(a => a.HelperUserId)
            .Select(g => new { Helper = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Helper, g => g.Count, cancellationToken);
        return helpers.Select(h => new Planned(
            h, $"{label}巡回服务提醒",
            $"{label}巡回服务将于 {when} 举行。您联系的企业中有 {due.GetValueOrDefault(h)} 家超过 {VisitDueDays} 天未走访。",
            "/redhelp/work")).ToList();
    }

    private static (DateTime From, DateTime To) MonthRange(int month)
    {
        var first = new DateTime(month / 100, month % 100, 1);
        return (ChinaTime.ToUtc(first), ChinaTime.ToUtc(first.AddMonths(1)));
    }
}
