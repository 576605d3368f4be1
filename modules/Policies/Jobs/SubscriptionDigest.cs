using Microsoft.EntityFrameworkCore;
using Portal.Core.Notifications;
using Portal.Modules.Policies.Data;
using Portal.Modules.Policies.Subscriptions;

namespace Portal.Modules.Policies.Jobs;

/// <summary>
/// Recurring job "Policies:subscription-digest" (daily, Asia/Shanghai): one inbox message + email per daily subscription
/// listing all its pending policies. The unclaimed pending rows are first claimed under one digest key (a conditional update,
/// so a row is claimed by one run only), then the notice goes under that key (the outbox keeps one per key), then the rows
/// are marked sent: a rerun, two runs at once, a row arriving meanwhile, or a run after a crash in between sends nothing twice
/// and loses nothing.
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
        var subscriptions = await (from d in db.Deliveries
                                   join s in db.Subscriptions on d.SubscriptionId equals s.Id
                                   where d.SentAt == null && s.Frequency == DeliveryFrequency.Daily && s.CancelledAt == null
                                   select s.Id).Distinct().ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var id in subscriptions)
        {
            await ClaimAsync(id, cancellationToken);
            foreach (var key in await Pending(id).Where(d => d.DigestKey != null).Select(d => d.DigestKey!).Distinct().ToListAsync(cancellationToken))
            {
                sent += await SendAsync(id, key, cancellationToken) ? 1 : 0;
            }
        }

        return sent;
    }

    private IQueryable<PolicyDelivery> Pending(int subscriptionId) => db.Deliveries.Where(d => d.SubscriptionId == subscriptionId && d.SentAt == null);

    /// <summary>Puts the subscription's unclaimed pending rows under one new key; a row that a concurrent run claimed first keeps its key.</summary>
    private async Task ClaimAsync(int subscriptionId, CancellationToken cancellationToken)
    {
        var free = await Pending(subscriptionId).Where(d => d.DigestKey == null).Select(d => d.Id).OrderBy(i => i).ToListAsync(cancellationToken);
        if (free.Count > 0)
        {
            var key = $"policies:digest:{subscriptionId}:{free[0]}-{free[^1]}";
            await db.Deliveries.Where(d => free.Contains(d.Id) && d.DigestKey == null)
                .ExecuteUpdateAsync(u => u.SetProperty(d => d.DigestKey, key), cancellationToken);
        }
    }

    /// <summary>The digest of the rows claimed under <paramref name="key"/> (the outbox keeps one notice per key), then the rows are marked sent.</summary>
    private async Task<bool> SendAsync(int subscriptionId, string key, CancellationToken cancellationToken)
    {
        var ids = await Pending(subscriptionId).Where(d => d.DigestKey == key).Select(d => d.PolicyId).Distinct().ToListAsync(cancellationToken);
        if (ids.Count == 0)
        {
            return false; // a concurrent run finished it
        }

        var subscription = await db.Subscriptions.AsNoTracking().SingleAsync(s => s.Id == subscriptionId, cancellationToken);
        var policies = await db.Policies.AsNoTracking().Where(p => ids.Contains(p.Id)).OrderBy(p => p.Id).ToListAsync(cancellationToken);
        var sent = await notifications.NotifyAsync(mail.Digest(subscription, policies, key), cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        await db.Deliveries.Where(d => d.DigestKey == key && d.SentAt == null).ExecuteUpdateAsync(u => u.SetProperty(d => d.SentAt, now), cancellationToken);
        return sent;
    }
}
