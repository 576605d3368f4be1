using Portal.Modules.Expo.Domain;

namespace Portal.Modules.Expo.Exhibitors;

/// <summary>The part of a hall's plan around one booth, for the printable confirmation.</summary>
internal sealed record BoothExcerpt(ExpoHall Hall, IReadOnlyList<Booth> Booths, Booth Mine, int X, int Y, int Width, int Height)
{
    public const int Margin = 180;

    public string ViewBox => FormattableString.Invariant($"{X} {Y} {Width} {Height}");

    /// <summary>The booth with <see cref="Margin"/> plan units around it, kept inside the hall.</summary>
    public static BoothExcerpt Around(ExpoHall hall, Booth mine)
    {
        var x = Math.Max(0, mine.X - Margin);
        var y = Math.Max(0, mine.Y - Margin);
        var right = Math.Min(hall.PlanWidth, mine.X + mine.Width + Margin);
        var bottom = Math.Min(hall.PlanHeight, mine.Y + mine.Height + Margin);
        var near = hall.Booths
            .Where(b => b.X < right && b.X + b.Width > x && b.Y < bottom && b.Y + b.Height > y)
            .OrderBy(b => b.Code, StringComparer.Ordinal)
            .ToList();
        return new BoothExcerpt(hall, near, mine, x, y, right - x, bottom - y);
    }
}
