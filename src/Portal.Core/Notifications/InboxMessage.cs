namespace Portal.Core.Notifications;

/// <summary>A message in a user's site inbox (/my/inbox).</summary>
public sealed class InboxMessage
{
    public long Id { get; set; }

    public string UserId { get; set; } = "";

    public string Title { get; set; } = "";

    public string Body { get; set; } = "";

    /// <summary>A local link to the thing the message is about, or null.</summary>
    public string? Link { get; set; }

    /// <summary>Unique: the same notice is never put in the inbox twice.</summary>
    public string DedupeKey { get; set; } = "";

    public DateTime CreatedAt { get; set; }

    public DateTime? ReadAt { get; set; }
}
