using System.Net;
using System.Text.RegularExpressions;

namespace Portal.Core.Tests.Markdown;

/// <summary>
/// An independent reading of rendered HTML: which real tags it contains and where its links point.
/// Escaped text (&amp;lt;script&amp;gt;) is harmless and not counted; only markup the browser would act on is.
/// </summary>
internal static partial class HtmlSafety
{
    private static readonly string[] ForbiddenTags =
        ["script", "iframe", "svg", "math", "object", "embed", "style", "link", "meta", "form", "input", "details", "base", "frame"];

    private static readonly string[] SafeSchemes = ["http", "https", "mailto", "tel"];

    public static IReadOnlyList<string> Violations(string html)
    {
        var found = new List<string>();
        var lower = html.ToLowerInvariant();
        found.AddRange(ForbiddenTags.Where(t => lower.Contains("<" + t, StringComparison.Ordinal)).Select(t => $"<{t}> tag"));
        foreach (Match tag in Tag().Matches(html))
        {
            // Quoted attribute values are data to the browser; only what is outside them is an attribute.
            var attributes = QuotedValue().Replace(tag.Value, "\"\"");
            if (EventHandler().IsMatch(attributes))
            {
                found.Add($"event handler in {tag.Value}");
            }

            if (attributes.Contains("style=", StringComparison.OrdinalIgnoreCase))
            {
                found.Add($"style attribute in {tag.Value}");
            }

            foreach (Match url in UrlAttribute().Matches(tag.Value))
            {
                var value = WebUtility.HtmlDecode(WebUtility.UrlDecode(url.Groups["url"].Value));
                if (!IsSafe(value))
                {
                    found.Add($"unsafe {url.Groups["attr"].Value}=\"{value}\"");
                }
            }
        }

        return found;
    }

    private static bool IsSafe(string url)
    {
        var cleaned = new string(url.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c)).ToArray()).ToLowerInvariant();
        var scheme = SchemePrefix().Match(cleaned);
        return !scheme.Success || SafeSchemes.Contains(scheme.Groups[1].Value);
    }

    [GeneratedRegex("<[a-zA-Z][^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex("\"[^\"]*\"|'[^']*'")]
    private static partial Regex QuotedValue();

    [GeneratedRegex(@"\son[a-z]+\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex EventHandler();

    [GeneratedRegex("""\s(?<attr>href|src|action|formaction|xlink:href)\s*=\s*(?:"(?<url>[^"]*)"|'(?<url>[^']*)'|(?<url>[^\s>]+))""", RegexOptions.IgnoreCase)]
    private static partial Regex UrlAttribute();

    [GeneratedRegex("^([a-z][a-z0-9+.-]*):")]
    private static partial Regex SchemePrefix();
}
