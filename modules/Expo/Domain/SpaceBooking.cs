namespace Portal.Modules.Expo.Domain;

public enum BookingState
{
    Requested = 0,
    Approved = 1,
    Rejected = 2,
    Cancelled = 3,
}

/// <summary>A booking of an exhibition space for [StartsOn, EndsOn], both days included. Approved bookings of one space never overlap.</summary>
internal sealed class SpaceBooking
{
    public int Id { get; set; }

    public int SpaceId { get; set; }

    public ExhibitionSpace? Space { get; set; }

    public int EnterpriseId { get; set; }

    public string RequestedByUserId { get; set; } = "";

    public DateOnly StartsOn { get; set; }

    public DateOnly EndsOn { get; set; }

    public string Purpose { get; set; } = "";

    public BookingState State { get; set; }

    public string? Reason { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public int Version { get; set; }
}
