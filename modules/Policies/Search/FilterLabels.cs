using Microsoft.Extensions.Localization;
using Portal.Core.Enterprises;
using Portal.Modules.Policies.Domain;

namespace Portal.Modules.Policies.Search;

/// <summary>
/// The finder's facet titles and value names (Chinese, the localization keys), shared by the /policies facets and by
/// <see cref="Describe"/>, which says a <see cref="PolicyFilter"/> in words: "层级：区 · 支持方式：贴息补贴 · 关键词：技改".
/// </summary>
public static class FilterLabels
{
    public const string Window = "申报状态";
    public const string Free = "兑现方式";
    public const string FreeValue = "免申即享";
    public const string Level = "层级";
    public const string Type = "支持方式";
    public const string Area = "支持领域";
    public const string Segment = "行业";
    public const string Size = "企业规模";
    public const string Department = "发文单位";
    public const string Keyword = "关键词";
    public const string All = "全部政策";

    /// <summary>One part of a description: "{title}：{value}".</summary>
    public const string Part = "{0}：{1}";

    public const string Separator = " · ";

    public static string WindowName(PolicyWindow window) => window switch
    {
        PolicyWindow.Open => "申报中",
        PolicyWindow.ClosingSoon => "30天内截止",
        PolicyWindow.Upcoming => "未开始",
        _ => "已截止",
    };

    /// <summary>
    /// The filter in words, through <paramref name="l"/> (the reader's language), or in Chinese when it is null;
    /// sort and page are not part of it, the keyword is shown as typed; <see cref="All"/> when nothing is filtered.
    /// </summary>
    public static string Describe(PolicyFilter filter, IStringLocalizer? l = null)
    {
        string T(string text) => l is null ? text : l[text].Value;
        var parts = Parts(filter)
            .Select(p => l is null ? string.Format(System.Globalization.CultureInfo.InvariantCulture, Part, p.Title, p.Value)
                : l[Part, T(p.Title), p.Translate ? T(p.Value) : p.Value].Value)
            .ToList();
        return parts.Count == 0 ? T(All) : string.Join(Separator, parts);
    }

    /// <summary>The filter read from a stored query string, in words.</summary>
    public static string Describe(string? queryString, IStringLocalizer? l = null) => Describe(PolicyFilter.Parse(queryString), l);

    private static IEnumerable<(string Title, string Value, bool Translate)> Parts(PolicyFilter f)
    {
        if (f.Level is { } level)
        {
            yield return (Level, level.ChineseName(), true);
        }

        if (f.Type is { } type)
        {
            yield return (Type, type.ChineseName(), true);
        }

        if (f.Area is { } area)
        {
            yield return (Area, area.ChineseName(), true);
        }

        if (f.Segment is { } segment)
        {
            yield return (Segment, segment.ChineseName(), true);
        }

        if (f.Size is { } size)
        {
            yield return (Size, size.ChineseName(), true);
        }

        if (f.Department is { } department)
        {
            yield return (Department, department, true);
        }

        if (f.Window is { } window)
        {
            yield return (Window, WindowName(window), true);
        }

        if (f.Free)
        {
            yield return (Free, FreeValue, true);
        }

        if (!string.IsNullOrWhiteSpace(f.Q))
        {
            yield return (Keyword, f.Q, false);
        }
    }
}
