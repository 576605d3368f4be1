using System.Text.RegularExpressions;

namespace Portal.Modules.ServiceCenter.Domain;

internal static partial class NewsRules
{
    public const int MaxSlugLength = 120;
    public const int MaxTitleLength = 200;
    public const int MaxSummaryLength = 500;
    public const int MaxBodyLength = 50_000;
    public const long MaxCoverBytes = 5 * 1024 * 1024;
    public const int PageSize = 10;
    public const int FeedSize = 20;

    public static readonly IReadOnlyList<NewsCategory> Categories =
        [NewsCategory.PartyBuilding, NewsCategory.Expo, NewsCategory.Service, NewsCategory.PolicyReading];

    /// <summary>Lower-case letters, digits and single hyphens, not at either end: "expo-2026-spring".</summary>
    public static bool IsValidSlug(string? slug) =>
        slug is { Length: > 0 and <= MaxSlugLength } && SlugPattern().IsMatch(slug);

    /// <summary>The slug given to an article saved without one.</summary>
    public static string DefaultSlug(int id) => $"news-{id}";

    /// <summary>The category whose <see cref="Slug(NewsCategory)"/> is <paramref name="slug"/>, or null.</summary>
    public static NewsCategory? CategoryFromSlug(string? slug) =>
        Categories.Cast<NewsCategory?>().FirstOrDefault(c => c!.Value.Slug() == slug);

    public static string ChineseName(this NewsCategory category) => category switch
    {
        NewsCategory.PartyBuilding => "党建活动",
        NewsCategory.Expo => "展销会",
        NewsCategory.Service => "服务动态",
        NewsCategory.PolicyReading => "政策解读",
        _ => category.ToString(),
    };

    public static string Slug(this NewsCategory category) => category switch
    {
        NewsCategory.PartyBuilding => "party-building",
        NewsCategory.Expo => "expo",
        NewsCategory.Service => "service",
        NewsCategory.PolicyReading => "policy-reading",
        _ => category.ToString().ToLowerInvariant(),
    };

    public static string ChineseName(this NewsState state) => state switch
    {
        NewsState.Draft => "草稿",
        NewsState.Scheduled => "定时发布",
        NewsState.Published => "已发布",
        _ => state.ToString(),
    };

    public static string ChineseName(this ShowcaseState state) => state switch
    {
        ShowcaseState.Draft => "编辑中",
        ShowcaseState.Submitted => "待审核",
        ShowcaseState.Published => "已发布",
        ShowcaseState.Rejected => "未通过",
        ShowcaseState.Superseded => "历史版本",
        _ => state.ToString(),
    };

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();
}
