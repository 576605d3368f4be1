namespace Portal.Modules.ServiceCenter.Domain;

public enum AppointmentState
{
    Requested = 0,
    Scheduled = 1,
    Done = 2,
    Cancelled = 3,
}

/// <summary>A verified enterprise's request for one of the center's services.</summary>
internal sealed class Appointment
{
    public int Id { get; set; }

    public int ServiceId { get; set; }

    public CenterService? Service { get; set; }

    /// <summary>Core's enterprise id (another owner's row: referred to by id only).</summary>
    public int EnterpriseId { get; set; }

    public string RequestedByUserId { get; set; } = "";

    public DateOnly PreferredFrom { get; set; }

    public DateOnly PreferredTo { get; set; }

    public string Need { get; set; } = "";

    public AppointmentState State { get; set; }

    /// <summary>UTC time of the scheduled appointment.</summary>
    public DateTime? ScheduledAt { get; set; }

    public string? Place { get; set; }

    public string? CancelReason { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    /// <summary>Optimistic concurrency: two staff acting on one request, the second is refused.</summary>
    public int Version { get; set; }
}
