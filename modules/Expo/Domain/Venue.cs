namespace Portal.Modules.Expo.Domain;

/// <summary>An exhibition hall with a floor plan measured in plan units (1 unit = 10 cm).</summary>
internal sealed class ExpoHall
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    public string Slug { get; set; } = "";

    public string Floor { get; set; } = "";

    public int AreaSquareMetres { get; set; }

    /// <summary>Markdown.</summary>
    public string Description { get; set; } = "";

    public string? PhotoKey { get; set; }

    public int PhotoWidth { get; set; }

    public int PhotoHeight { get; set; }

    public int PlanWidth { get; set; } = 1000;

    public int PlanHeight { get; set; } = 600;

    public List<Booth> Booths { get; set; } = [];
}

public enum BoothKind
{
    /// <summary>标准展位: shell scheme with walls, fascia, power.</summary>
    Standard = 1,

    /// <summary>光地: raw space.</summary>
    RawSpace = 2,
}

/// <summary>A booth on a hall's plan. A blocked booth (maintenance) is offered to nobody.</summary>
internal sealed class Booth
{
    public int Id { get; set; }

    public int HallId { get; set; }

    public string Code { get; set; } = "";

    public decimal AreaSquareMetres { get; set; }

    public BoothKind Kind { get; set; }

    public string Zone { get; set; } = "";

    public int X { get; set; }

    public int Y { get; set; }

    public int Width { get; set; }

    public int Height { get; set; }

    /// <summary>Degrees, 0–359.</summary>
    public int Rotation { get; set; }

    public bool HasPower { get; set; }

    public string Notes { get; set; } = "";

    public bool IsBlocked { get; set; }

    public string? BlockReason { get; set; }
}

/// <summary>A showroom (展示空间) an enterprise books for a date range.</summary>
internal sealed class ExhibitionSpace
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    public string Slug { get; set; } = "";

    /// <summary>Markdown.</summary>
    public string Description { get; set; } = "";

    public int Capacity { get; set; }

    public int AreaSquareMetres { get; set; }

    public int MinDays { get; set; } = 1;

    public int MaxDays { get; set; } = 30;

    /// <summary>How many days ahead a booking must be made.</summary>
    public int LeadDays { get; set; } = 3;

    public string? PhotoKey { get; set; }

    public int PhotoWidth { get; set; }

    public int PhotoHeight { get; set; }

    public bool IsActive { get; set; } = true;
}
