using Portal.Core.Enterprises;
using Portal.Modules.Expo.Contracts;
using Portal.Modules.ServiceCenter.Domain;

namespace Portal.Modules.ServiceCenter.Areas.ServiceCenter.Pages.Shared;

/// <summary>Which side of a review a rendering is: the published version or the proposed one.</summary>
internal enum ShowcaseSide
{
    Only,
    Published,
    Proposed,
}

/// <summary>
/// What <c>_Showcase.cshtml</c> renders: one version of an enterprise's showcase (null: nothing published yet),
/// with the enterprise's profile on the public page and the preview, and the reviewer's change flags in moderation.
/// </summary>
internal sealed record ShowcaseView(EnterpriseProfile Enterprise, ShowcaseVersion? Version)
{
    public bool ShowProfile { get; init; } = true;

    /// <summary>Expos the enterprise exhibits at; null when the Expo module does not tell (the section is left out).</summary>
    public IReadOnlyList<ExhibitedExpo>? Expos { get; init; }

    public ShowcaseChanges? Changes { get; init; }

    public ShowcaseSide Side { get; init; } = ShowcaseSide.Only;

    /// <summary>The level of the section headings: 2 on a page of its own, 3 inside a review column.</summary>
    public int SectionLevel { get; init; } = 2;

    /// <summary>Element ids are prefixed so two renderings side by side stay unique.</summary>
    public string IdPrefix { get; init; } = "";

    public bool Proposed => Side == ShowcaseSide.Proposed;

    public bool Published => Side == ShowcaseSide.Published;
}
