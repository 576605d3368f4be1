namespace Portal.Modules.Expo.Domain;

public enum ApplicationState
{
    Pending = 0,
    Approved = 1,
    Rejected = 2,
    Waitlisted = 3,
    Cancelled = 4,
    CheckedIn = 5,
}

/// <summary>
/// An enterprise's application for booths at an expo. Pending holds nothing. Approved holds
/// <see cref="BoothId"/>: the database allows one Approved or CheckedIn application per booth and expo.
/// </summary>
internal sealed class BoothApplication
{
    public int Id { get; set; }

    public int ExpoId { get; set; }

    /// <summary>Core's enterprise id.</summary>
    public int EnterpriseId { get; set; }

    public string ApplicantUserId { get; set; } = "";

    /// <summary>The booths wished for, in order of preference.</summary>
    public List<BoothPreference> Preferences { get; set; } = [];

    public string Products { get; set; } = "";

    public string Note { get; set; } = "";

    public ApplicationState State { get; set; }

    /// <summary>The booth assigned on approval (Approved, CheckedIn), or offered to a waitlisted applicant.</summary>
    public int? BoothId { get; set; }

    /// <summary>For a waitlisted applicant offered a freed booth: until when (UTC) the offer stands.</summary>
    public DateTime? OfferExpiresAt { get; set; }

    public string? Reason { get; set; }

    /// <summary>A random secret printed as a QR code on the confirmation; never the id.</summary>
    public string? CheckInCode { get; set; }

    public DateTime? CheckedInAt { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public int Version { get; set; }
}

internal sealed class BoothPreference
{
    public int ApplicationId { get; set; }

    public int BoothId { get; set; }

    public int Rank { get; set; }
}
