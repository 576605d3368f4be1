namespace Portal.Core.Enterprises;

/// <summary>The six segments (行业) of the textile chain.</summary>
public enum Segment
{
    Dyeing = 1,
    Garment = 2,
    Transport = 3,
    Sales = 4,
    SmartManufacturing = 5,
    Support = 6,
}

public static class Segments
{
    public static readonly IReadOnlyList<Segment> All =
        [Segment.Dyeing, Segment.Garment, Segment.Transport, Segment.Sales, Segment.SmartManufacturing, Segment.Support];

    public static string ChineseName(this Segment segment) => segment switch
    {
        Segment.Dyeing => "印染",
        Segment.Garment => "制衣",
        Segment.Transport => "运输",
        Segment.Sales => "销售",
        Segment.SmartManufacturing => "智造",
        Segment.Support => "保障",
        _ => segment.ToString(),
    };

    /// <summary>The URL segment: /chain/dyeing.</summary>
    public static string Slug(this Segment segment) => segment.ToString().ToLowerInvariant();

    public static Segment? FromSlug(string? slug) =>
        All.Cast<Segment?>().FirstOrDefault(s => string.Equals(s!.Value.Slug(), slug, StringComparison.OrdinalIgnoreCase));
}
