using System.Text.RegularExpressions;

namespace Portal.Modules.Policies.Search;

/// <summary>Markdown reduced to its words, for the index and for result snippets (never rendered as HTML).</summary>
internal static partial class PlainText
{
    public static string FromMarkdown(string? markdown)
    {
        if (string.IsNullOrEmpty(markdown))
        {
            return "";
        }

        var text = LinkOrImage().Replace(markdown, "$1");
        text = Markup().Replace(text, " ");
        return Spaces().Replace(text, " ").Trim();
    }

    [GeneratedRegex(@"!?\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex LinkOrImage();

    [GeneratedRegex(@"[#*_>`|~\-]+|\[|\]")]
    private static partial Regex Markup();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
