using Portal.Modules.ServiceCenter.Domain;

namespace Portal.Modules.ServiceCenter.Areas.ServiceCenter.Pages.Center;

/// <summary>A center page as shown: its Markdown already rendered by the one safe renderer.</summary>
public sealed record CenterSection(string Key, string Title, string Html);

/// <summary>A hall as listed and shown; <see cref="PhotoUrl"/> null when it has no photo.</summary>
public sealed record HallView(string Name, string Slug, string Floor, int Area, string Summary, string? PhotoUrl, int PhotoWidth, int PhotoHeight)
{
    internal static HallView From(Hall h) => new(h.Name, h.Slug, h.Floor, h.AreaSquareMetres, h.Summary,
        h.PhotoKey is null ? null : "/media/" + h.PhotoKey, h.PhotoWidth, h.PhotoHeight);
}
