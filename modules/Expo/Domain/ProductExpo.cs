namespace Portal.Modules.Expo.Domain;

public enum ExpoState
{
    Draft = 0,
    Published = 1,
    ClosedForApplications = 2,
    Finished = 3,
}

/// <summary>A product expo (展销会) in one hall, offering some of its booths.</summary>
internal sealed class ProductExpo
{
    public int Id { get; set; }

    public string Slug { get; set; } = "";

    public string Title { get; set; } = "";

    public string Theme { get; set; } = "";

    public DateOnly StartsOn { get; set; }

    public DateOnly EndsOn { get; set; }

    public int HallId { get; set; }

    public ExpoHall? Hall { get; set; }

    /// <summary>UTC.</summary>
    public DateTime ApplicationsOpenAt { get; set; }

    /// <summary>UTC.</summary>
    public DateTime ApplicationsCloseAt { get; set; }

    /// <summary>Booths one enterprise may hold at this expo.</summary>
    public int BoothCap { get; set; } = 2;

    /// <summary>Markdown.</summary>
    public string Description { get; set; } = "";

    public string? CoverKey { get; set; }

    public int CoverWidth { get; set; }

    public int CoverHeight { get; set; }

    public ExpoState State { get; set; }

    public DateTime CreatedAt { get; set; }

    public List<OfferedBooth> OfferedBooths { get; set; } = [];
}

/// <summary>A booth an expo offers.</summary>
internal sealed class OfferedBooth
{
    public int ExpoId { get; set; }

    public int BoothId { get; set; }

    public Booth? Booth { get; set; }
}
