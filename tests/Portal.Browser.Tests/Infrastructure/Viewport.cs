namespace Portal.Browser.Tests.Infrastructure;

/// <summary>The two sizes every page is looked at: a desktop window and a phone.</summary>
public sealed record Viewport(string Name, int Width, int Height, bool IsMobile)
{
    public static readonly Viewport Desktop = new("desktop", 1280, 800, false);

    public static readonly Viewport Phone = new("phone", 375, 812, true);

    public static readonly IReadOnlyList<Viewport> All = [Desktop, Phone];

    public static Viewport Named(string name) => All.Single(v => v.Name == name);

    public override string ToString() => Name;
}
