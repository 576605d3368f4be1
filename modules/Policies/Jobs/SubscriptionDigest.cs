using Microsoft.EntityFrameworkCore;
using Portal.Core.Notifications;
using Portal.Modules.Policies.Data;
using Portal.Modules.Policies.Subscriptions;

namespace Portal.Modules.Policies.Jobs;

/// <summary>
/// Recurring job "Policies:subscription-digest" (daily, Asia/Shanghai): one inbox message + email per daily subscription
/// listing all its pending policies. The pending rows are first claimed under one digest key (saved), then the notice goes
/// under that key, then the rows are marked sent: a rerun, or a run after a crash in between, sends nothing twice.
/// </summary>
public sealed class SendSubscriptionDigests
{
    public const string JobId = "Policies:subscription-digest";

    private readonly PoliciesDbContext db;
    private readonly INotificationService notifications;
    private readonly SubscriptionMail mail;
    private readonly TimeProvider time;

    internal SendSubscriptionDigests(PoliciesDbContext db, INotificationService notifications, SubscriptionMail mail, TimeProvider time)
    {
        this.db = db;
        this.notifications = notifications;
        this.mail = mail;
        this.time = time;
    }

    /// <summary>Returns the number of digests sent by this run.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        var pending = await (from d in db.Deliveries
                             join s in db.Subscriptions on d.SubscriptionId equals s.Id
                             where d.SentAt == null && s.Frequency == DeliveryFrequency.Daily && s.CancelledAt == null
                             select d).ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var group in pending.GroupBy(d => d.SubscriptionId))
        {
            var rows = group.OrderBy(d => d.Id).ToList();
            var key = rows.FirstOrDefault(d => d.DigestKey is not null)?.DigestKey
                ?? $"policies:digest:{group.Key}:{rows[0].Id}-{rows[^1].Id}";
            rows.ForEach(d => d.DigestKey ??= key);
            await db.SaveChangesAsync(cancellationToken);
            var claimed = rows.Where(d => d.DigestKey == key).ToList();
            var subscription = await db.Subscriptions.AsNoTracking().SingleAsync(s => s.Id == group.Key, cancellationToken);
            var ids = claimed.Select(d => d.PolicyId).Distinct().ToList();
            var policies = await db.Policies.AsNoTracking().Where(p => ids.Contains(p.Id)).OrderBy(p => p.Id).ToListAsync(cancellationToken);
            if (await notifications.NotifyAsync(mail.Digest(subscription, policies, key), cancellationToken))
            {
                sent++;
            }

            claimed.ForEach(d => d.SentAt = time.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(cancellationToken);
        }

        return sent;
    }
}
