namespace Portal.Modules.Policies.Subscriptions;

public enum DeliveryFrequency
{
    /// <summary>An inbox message and an email per matching policy, at once.</summary>
    Immediate = 0,

    /// <summary>One message a day listing the matching policies.</summary>
    Daily = 1,
}

/// <summary>A user follows a saved /policies filter (its query string).</summary>
internal sealed class PolicySubscription
{
    public int Id { get; set; }

    public string UserId { get; set; } = "";

    public const int MaxNameLength = 40;

    /// <summary>The subscriber's name for it (the mails' subject and heading); null shows the filter in words instead.</summary>
    public string? Name { get; set; }

    /// <summary>The finder's canonical query string, without paging or sort (e.g. <c>q=贴息&amp;level=4</c>).</summary>
    public string Filter { get; set; } = "";

    public DeliveryFrequency Frequency { get; set; }

    /// <summary>The secret in the unsubscribe link of every mail (no login needed).</summary>
    public string UnsubscribeToken { get; set; } = "";

    public DateTime CreatedAt { get; set; }

    /// <summary>UTC; set when unsubscribed. Cancelled subscriptions get nothing.</summary>
    public DateTime? CancelledAt { get; set; }
}

/// <summary>
/// One policy (at one version) owed to one subscription; unique per (subscription, policy, version), so a policy
/// is announced once per publication or major change however often the event arrives. Daily subscribers' rows
/// wait for the digest: <see cref="DigestKey"/> is claimed before the notice is sent, <see cref="SentAt"/> after.
/// </summary>
internal sealed class PolicyDelivery
{
    public int Id { get; set; }

    public int SubscriptionId { get; set; }

    public int PolicyId { get; set; }

    public int PolicyVersion { get; set; }

    public DateTime CreatedAt { get; set; }

    public string? DigestKey { get; set; }

    public DateTime? SentAt { get; set; }
}

/// <summary>The 7-days-before-closing reminder of one policy to one enterprise; unique, so sent once.</summary>
internal sealed class ClosingReminder
{
    public int Id { get; set; }

    public int PolicyId { get; set; }

    public int EnterpriseId { get; set; }

    public DateTime CreatedAt { get; set; }
}
