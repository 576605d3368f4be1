using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Portal.Core;
using Portal.Modules.Policies.Data;
using Portal.Modules.Policies.Search;

namespace Portal.Modules.Policies.Subscriptions;

/// <summary>What a user sees of one of their subscriptions.</summary>
public sealed record SubscriptionView(int Id, string Filter, string? Name, DeliveryFrequency Frequency, DateTime CreatedAt);

/// <summary>
/// A signed-in enterprise user follows a /policies filter (its canonical query string, without sort and paging),
/// lists and deletes their subscriptions, and anyone holding a mail's signed token unsubscribes without login.
/// </summary>
public sealed class SubscriptionService
{
    public const int MaxPerUser = 20;

    private readonly PoliciesDbContext db;
    private readonly TimeProvider time;
    private readonly UnsubscribeTokens tokens;

    internal SubscriptionService(PoliciesDbContext db, TimeProvider time, UnsubscribeTokens tokens)
    {
        this.db = db;
        this.time = time;
        this.tokens = tokens;
    }

    public const string ChooseFrequency = "请选择即时或每日摘要。";

    public const string NotFound = "找不到该订阅，可能已经取消。";

    /// <summary>The refusal past <see cref="MaxPerUser"/>; the number is its argument.</summary>
    public const string TooMany = "最多可订阅 {0} 个筛选条件。";

    /// <summary>
    /// Follows the filter under <paramref name="name"/> (blank: the filter in words); returns the refusal or null.
    /// Following the same filter again changes the frequency, and the name when one is given.
    /// </summary>
    public async Task<Refusal?> FollowAsync(
        string userId, string? queryString, DeliveryFrequency frequency, string? name = null, CancellationToken cancellationToken = default)
    {
        if (!Enum.IsDefined(frequency))
        {
            return Refusal.Form(ChooseFrequency);
        }

        var filter = PolicyFilter.Parse(queryString);
        if (filter.HadJunk || filter.IsEmpty)
        {
            return Refusal.Form("请先在政策查找中设置筛选条件，再订阅。");
        }

        var (named, refusal) = SubscriptionNames.Read(name);
        if (refusal is not null)
        {
            return refusal;
        }

        var canonical = filter.ToQueryString(withSortAndPage: false).TrimStart('?');
        var active = db.Subscriptions.Where(s => s.UserId == userId && s.CancelledAt == null);
        var same = await active.FirstOrDefaultAsync(s => s.Filter == canonical, cancellationToken);
        if (same is not null)
        {
            same.Frequency = frequency;
            same.Name = named ?? same.Name;
        }
        else if (await active.CountAsync(cancellationToken) >= MaxPerUser)
        {
            return Refusal.Form(TooMany, MaxPerUser);
        }
        else
        {
            db.Subscriptions.Add(new PolicySubscription
            {
                UserId = userId,
                Name = named,
                Filter = canonical,
                Frequency = frequency,
                UnsubscribeToken = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)),
                CreatedAt = time.GetUtcNow().UtcDateTime,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    public async Task<IReadOnlyList<SubscriptionView>> ListAsync(string userId, CancellationToken cancellationToken = default) =>
        await db.Subscriptions.AsNoTracking().Where(s => s.UserId == userId && s.CancelledAt == null)
            .OrderByDescending(s => s.Id)
            .Select(s => new SubscriptionView(s.Id, s.Filter, s.Name, s.Frequency, s.CreatedAt))
            .ToListAsync(cancellationToken);

    /// <summary>Renames one of the user's own subscriptions (blank: back to the filter in words); returns the refusal or null.</summary>
    public async Task<Refusal?> RenameAsync(string userId, int id, string? name, CancellationToken cancellationToken = default)
    {
        var (named, refusal) = SubscriptionNames.Read(name);
        var subscription = refusal is null ? await Own(userId, id).FirstOrDefaultAsync(cancellationToken) : null;
        if (refusal is not null || subscription is null)
        {
            return refusal ?? Refusal.Form(NotFound);
        }

        subscription.Name = named;
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>Cancels one of the user's own subscriptions; false when it is not theirs or already gone.</summary>
    public async Task<bool> DeleteAsync(string userId, int id, CancellationToken cancellationToken = default)
    {
        var subscription = await Own(userId, id).FirstOrDefaultAsync(cancellationToken);
        return subscription is not null && await CancelAsync(subscription, cancellationToken);
    }

    private IQueryable<PolicySubscription> Own(string userId, int id) =>
        db.Subscriptions.Where(s => s.Id == id && s.UserId == userId && s.CancelledAt == null);

    /// <summary>The subscription a mail's token names, or null when the token is forged, damaged or of a deleted subscription.</summary>
    internal async Task<PolicySubscription?> FindAsync(string? token, CancellationToken cancellationToken = default)
    {
        if (tokens.Read(token) is not { } key)
        {
            return null;
        }

        return await db.Subscriptions.FirstOrDefaultAsync(s => s.Id == key.Id && s.UnsubscribeToken == key.Secret, cancellationToken);
    }

    /// <summary>Unsubscribes by a mail's token: null when done (or done before), else the Chinese refusal.</summary>
    public async Task<string?> UnsubscribeAsync(string? token, CancellationToken cancellationToken = default)
    {
        var subscription = await FindAsync(token, cancellationToken);
        if (subscription is null)
        {
            return UnsubscribeTokens.Invalid;
        }

        if (subscription.CancelledAt is null)
        {
            await CancelAsync(subscription, cancellationToken);
        }

        return null;
    }

    private async Task<bool> CancelAsync(PolicySubscription subscription, CancellationToken cancellationToken)
    {
        subscription.CancelledAt = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
