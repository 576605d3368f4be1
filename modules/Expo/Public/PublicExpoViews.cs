using Microsoft.Extensions.Localization;
using Portal.Modules.Expo.Domain;

namespace Portal.Modules.Expo.Public;

/// <summary>One line of an expo list.</summary>
internal sealed record ExpoSummary(string Slug, string Title, DateOnly StartsOn, DateOnly EndsOn, string HallName, ExpoState State, int BoothCount);

internal sealed record ArchivePage(IReadOnlyList<ExpoSummary> Items, int Total, int Page, int PageCount);

/// <summary>How a booth shows on an expo's public map.</summary>
public enum BoothStatus
{
    /// <summary>Offered, not blocked, held by no approved or checked-in application.</summary>
    Available = 0,

    /// <summary>Held by an approved or checked-in application.</summary>
    Taken = 1,

    /// <summary>Blocked for maintenance or not offered at this expo.</summary>
    Blocked = 2,
}

internal sealed record BoothOnMap(Booth Booth, BoothStatus Status);

internal sealed record ExpoDetails(ProductExpo Expo, ExpoHall Hall, IReadOnlyList<BoothOnMap> Booths, IReadOnlyList<int> ExhibitorIds);

internal static class BoothStatusText
{
    public static string ChineseName(this BoothStatus status) => status switch
    {
        BoothStatus.Available => "可申请",
        BoothStatus.Taken => "已占用",
        _ => "不开放",
    };

    /// <summary>The CSS modifier of the booth's rectangle and legend swatch.</summary>
    public static string CssName(this BoothStatus status) => status switch
    {
        BoothStatus.Available => "available",
        BoothStatus.Taken => "taken",
        _ => "blocked",
    };

    public static string ChineseName(this BoothKind kind) => kind == BoothKind.RawSpace ? "光地" : "标准展位";

    /// <summary>The text mark drawn in a booth, so colour is never the only cue.</summary>
    public static string Marker(this BoothStatus status) => status switch
    {
        BoothStatus.Available => "○",
        BoothStatus.Taken => "●",
        _ => "×",
    };

    /// <summary>How the legend describes a status's look (a localization key).</summary>
    public static string LegendText(this BoothStatus status) => status switch
    {
        BoothStatus.Available => "白底，标记 ○",
        BoothStatus.Taken => "斜线，标记 ●",
        _ => "网点，标记 ×",
    };
}

internal static class BoothMapText
{
    /// <summary>"共 30 个展位：可申请 …" for the map's description and the table's caption.</summary>
    public static string Summary(ExpoDetails details, IStringLocalizer l)
    {
        int Count(BoothStatus s) => details.Booths.Count(b => b.Status == s);
        return l["共 {0} 个展位：可申请 {1} 个，已占用 {2} 个，不开放 {3} 个。",
            details.Booths.Count, Count(BoothStatus.Available), Count(BoothStatus.Taken), Count(BoothStatus.Blocked)];
    }
}
