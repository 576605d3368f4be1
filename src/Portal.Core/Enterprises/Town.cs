namespace Portal.Core.Enterprises;

public enum TownKind
{
    Town = 1,
    Street = 2,
    Park = 3,
}

/// <summary>A town, street or park (镇街园区) where enterprises sit and helpers come from.</summary>
public sealed class Town
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    public TownKind Kind { get; set; }

    public int SortOrder { get; set; }
}
