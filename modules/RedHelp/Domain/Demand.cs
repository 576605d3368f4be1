namespace Portal.Modules.RedHelp.Domain;

public enum DemandCategory
{
    Financing = 1,
    Land = 2,
    Technology = 3,
    Investment = 4,
    Labour = 5,
    Approvals = 6,
    Export = 7,
    Policy = 8,
    Other = 9,
}

public enum DemandState
{
    /// <summary>待受理: the enterprise ordered (企业点单).</summary>
    Submitted = 0,

    /// <summary>已派单: the party committee dispatched it (党委派单).</summary>
    Dispatched = 1,

    /// <summary>办理中: the handler took it (部门接单).</summary>
    InProgress = 2,

    /// <summary>已办结.</summary>
    Resolved = 3,

    /// <summary>已回访: rated by the enterprise or followed up by a helper.</summary>
    Closed = 4,

    /// <summary>不予受理.</summary>
    Rejected = 5,

    /// <summary>The enterprise withdrew it before resolution.</summary>
    Withdrawn = 6,
}

public enum Urgency
{
    Normal = 0,
    Urgent = 1,
}

/// <summary>非常满意 5 … 非常不满意 1.</summary>
public enum Satisfaction
{
    VeryDissatisfied = 1,
    Dissatisfied = 2,
    Neutral = 3,
    Satisfied = 4,
    VerySatisfied = 5,
}

/// <summary>A demand (需求, a work order) of the demand pool (需求信息库).</summary>
internal sealed class Demand
{
    public int Id { get; set; }

    public int EnterpriseId { get; set; }

    public string SubmittedByUserId { get; set; } = "";

    public DemandCategory Category { get; set; }

    public string Title { get; set; } = "";

    public string Description { get; set; } = "";

    public Urgency Urgency { get; set; }

    public DemandState State { get; set; }

    public int? LeadUnitId { get; set; }

    public string? HandlerUserId { get; set; }

    /// <summary>Co-handling units' ids, comma separated.</summary>
    public string CoHandlingUnitIds { get; set; } = "";

    /// <summary>Due date in China, counted in working days from dispatch.</summary>
    public DateOnly? DueOn { get; set; }

    public string? Resolution { get; set; }

    public DateTime? ResolvedAt { get; set; }

    public Satisfaction? Rating { get; set; }

    public string? RatingComment { get; set; }

    public DateTime? ClosedAt { get; set; }

    public int? VisitId { get; set; }

    public int? RovingSessionId { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public int Version { get; set; }

    public List<DemandEvent> Timeline { get; set; } = [];

    public List<DemandAttachment> Attachments { get; set; } = [];
}

/// <summary>One step of a demand's timeline: who, when, from which state to which, and the note.</summary>
internal sealed class DemandEvent
{
    public long Id { get; set; }

    public int DemandId { get; set; }

    public DateTime At { get; set; }

    public string ActorUserId { get; set; } = "";

    public DemandState? FromState { get; set; }

    public DemandState ToState { get; set; }

    public string Note { get; set; } = "";

    /// <summary>Internal notes are shown to staff and handlers, never to the enterprise.</summary>
    public bool IsInternal { get; set; }
}
