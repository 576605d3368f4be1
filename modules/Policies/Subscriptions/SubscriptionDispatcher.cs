using Microsoft.EntityFrameworkCore;
using Portal.Core.Events;
using Portal.Core.Notifications;
using Portal.Modules.Policies.Data;
using Portal.Modules.Policies.Domain;
using Portal.Modules.Policies.Search;

namespace Portal.Modules.Policies.Subscriptions;

/// <summary>
/// On <see cref="PolicyPublished"/>: every active subscription whose saved filter matches the policy gets a delivery row,
/// unique per (subscription, policy, version). Immediate subscribers are notified at once under a dedupe key of the same
/// triple and the row is marked sent; daily subscribers' rows wait for the digest job. A repeated event finds the row
/// (and the key) and sends nothing again.
/// </summary>
internal sealed class SubscriptionDispatcher(
    PoliciesDbContext db, PolicyFinder finder, INotificationService notifications, SubscriptionMail mail, TimeProvider time)
    : IEventHandler<PolicyPublished>
{
    public async Task HandleAsync(PolicyPublished @event, CancellationToken cancellationToken)
    {
        var policy = await db.Policies.AsNoTracking().FirstOrDefaultAsync(p => p.Id == @event.PolicyId, cancellationToken);
        if (policy is null || policy.State != PolicyState.Published)
        {
            return;
        }

        var subscriptions = await db.Subscriptions.AsNoTracking().Where(s => s.CancelledAt == null).ToListAsync(cancellationToken);
        foreach (var subscription in subscriptions)
        {
            if (await finder.MatchesAsync(PolicyFilter.Parse(subscription.Filter), policy.Id, cancellationToken))
            {
                await DeliverAsync(subscription, policy, cancellationToken);
            }
        }
    }

    private async Task DeliverAsync(PolicySubscription subscription, Policy policy, CancellationToken cancellationToken)
    {
        var delivery = await db.Deliveries.FirstOrDefaultAsync(
            d => d.SubscriptionId == subscription.Id && d.PolicyId == policy.Id && d.PolicyVersion == policy.Version, cancellationToken);
        if (delivery is null)
        {
            delivery = new PolicyDelivery
            {
                SubscriptionId = subscription.Id, PolicyId = policy.Id, PolicyVersion = policy.Version, CreatedAt = time.GetUtcNow().UtcDateTime,
            };
            db.Deliveries.Add(delivery);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                db.ChangeTracker.Clear(); // a concurrent handler claimed the row; it sends
                return;
            }
        }

        if (subscription.Frequency != DeliveryFrequency.Immediate || delivery.SentAt is not null)
        {
            return;
        }

        var key = $"policies:subscription:{subscription.Id}:{policy.Id}:{policy.Version}";
        delivery.DigestKey = key;
        await notifications.NotifyAsync(mail.Immediate(subscription, policy, key), cancellationToken);
        delivery.SentAt = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
    }
}
