using System.Net;
using System.Text.RegularExpressions;

namespace Portal.Web.Tests.Infrastructure;

/// <summary>Small readings of a rendered page: its title, its language, the message next to a field.</summary>
public static partial class Html
{
    public static string Title(string html) =>
        TitleElement().Match(html) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value).Trim() : "";

    public static string? Language(string html) =>
        LangAttribute().Match(html) is { Success: true } m ? m.Groups[1].Value : null;

    /// <summary>The validation message shown for <paramref name="field"/> (asp-validation-for), empty when none.</summary>
    public static string FieldError(string html, string field)
    {
        var pattern = $"<span[^>]*data-valmsg-for=\"{Regex.Escape(field)}\"[^>]*>([\\s\\S]*?)</span>";
        var match = Regex.Match(html, pattern);
        return match.Success ? WebUtility.HtmlDecode(StripTags().Replace(match.Groups[1].Value, "")).Trim() : "";
    }

    public static bool HasChinese(string text) => Chinese().IsMatch(text);

    [GeneratedRegex("<title>([\\s\\S]*?)</title>", RegexOptions.IgnoreCase)]
    private static partial Regex TitleElement();

    [GeneratedRegex("<html\\b[^>]*\\blang=\"([^\"]*)\"", RegexOptions.IgnoreCase)]
    private static partial Regex LangAttribute();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex StripTags();

    [GeneratedRegex("\\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Chinese();
}
