namespace Portal.Modules.RedHelp.Domain;

/// <summary>A monthly roving-service session (巡回服务).</summary>
internal sealed class RovingSession
{
    public int Id { get; set; }

    /// <summary>UTC.</summary>
    public DateTime StartsAt { get; set; }

    public string Place { get; set; } = "";

    /// <summary>Participating units (departments, associations, service providers), one a line.</summary>
    public string Units { get; set; } = "";

    /// <summary>Topics (融资, 土地, 技术, 招商 ...), one a line.</summary>
    public string Topics { get; set; } = "";

    public int Capacity { get; set; }

    public DateTime CreatedAt { get; set; }
}

internal sealed class RovingSignup
{
    public int Id { get; set; }

    public int SessionId { get; set; }

    public int EnterpriseId { get; set; }

    public string UserId { get; set; } = "";

    public string Problems { get; set; } = "";

    public bool? Attended { get; set; }

    public DateTime CreatedAt { get; set; }
}

public enum ReminderChannel
{
    Email = 1,
    Inbox = 2,
}

public enum DeliveryState
{
    Pending = 0,
    Sent = 1,
    Failed = 2,
}

/// <summary>
/// One monthly reminder to one recipient on one channel. Unique on (Month, RecipientUserId, Channel):
/// the job only inserts these rows, so retries, overlaps, restarts and extra instances add nothing; a
/// dispatcher hands each Pending row to Core's notifications exactly once.
/// </summary>
internal sealed class ReminderDelivery
{
    public long Id { get; set; }

    /// <summary>yyyyMM of the scheduled run time in Asia/Shanghai.</summary>
    public int Month { get; set; }

    public string RecipientUserId { get; set; } = "";

    public ReminderChannel Channel { get; set; }

    public string Title { get; set; } = "";

    public string Body { get; set; } = "";

    public string? Link { get; set; }

    public DeliveryState State { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? SentAt { get; set; }
}
