namespace Portal.Modules.Expo.Domain;

/// <summary>Every staff decision (approve, reject, waitlist, cancel, check-in, booking decisions), who and when.</summary>
internal sealed class ExpoAuditEntry
{
    public long Id { get; set; }

    public int? ExpoId { get; set; }

    /// <summary>"application", "booking", "expo", "booth".</summary>
    public string Subject { get; set; } = "";

    public int SubjectId { get; set; }

    public string Action { get; set; } = "";

    public string ActorUserId { get; set; } = "";

    public string Note { get; set; } = "";

    public DateTime At { get; set; }
}
