namespace Portal.Core.Notifications;

public enum OutboxState
{
    Pending = 0,
    Sending = 1,
    Sent = 2,
    Failed = 3,
}

/// <summary>
/// An email waiting to be delivered. The dedupe key is unique, so the same notice is never queued
/// twice; <see cref="OutboxDispatcher"/> claims a row before sending, so it is never sent twice.
/// </summary>
public sealed class OutboxEmail
{
    public long Id { get; set; }

    public string DedupeKey { get; set; } = "";

    public string To { get; set; } = "";

    public string Subject { get; set; } = "";

    public string Body { get; set; } = "";

    public OutboxState State { get; set; }

    public int Attempts { get; set; }

    /// <summary>For Pending: when to try next. For Sending: when the claim lapses (a crashed sender).</summary>
    public DateTime NextAttemptAt { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? SentAt { get; set; }

    public string? LastError { get; set; }
}
