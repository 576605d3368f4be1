using System.Net;
using System.Text;

namespace Portal.Modules.Policies.Search;

/// <summary>
/// Marks the searched words in plain text: everything is HTML-encoded first-hand, and the only markup added is
/// &lt;mark&gt;…&lt;/mark&gt; around hits, so a title or body full of markup stays text.
/// </summary>
internal static class Highlighter
{
    public const int SnippetLength = 120;

    public static string Mark(string text, IReadOnlyList<string> words) => Render(text, 0, text.Length, words);

    /// <summary>About <see cref="SnippetLength"/> characters around the first hit (or the start), with ellipses where cut.</summary>
    public static string Snippet(string text, IReadOnlyList<string> words)
    {
        var first = Ranges(text, 0, text.Length, words).Select(r => r.Start).DefaultIfEmpty(0).First();
        var start = Math.Max(0, first - SnippetLength / 4);
        var end = Math.Min(text.Length, start + SnippetLength);
        var html = Render(text, start, end, words);
        return (start > 0 ? "…" : "") + html + (end < text.Length ? "…" : "");
    }

    private static string Render(string text, int start, int end, IReadOnlyList<string> words)
    {
        var html = new StringBuilder();
        var at = start;
        foreach (var (from, to) in Ranges(text, start, end, words))
        {
            html.Append(WebUtility.HtmlEncode(text[at..from]));
            html.Append("<mark>").Append(WebUtility.HtmlEncode(text[from..to])).Append("</mark>");
            at = to;
        }

        html.Append(WebUtility.HtmlEncode(text[at..end]));
        return html.ToString();
    }

    /// <summary>Non-overlapping hit ranges inside [start, end), in order.</summary>
    private static List<(int Start, int End)> Ranges(string text, int start, int end, IReadOnlyList<string> words)
    {
        var hits = new List<(int Start, int End)>();
        foreach (var word in words.Where(w => w.Length > 0))
        {
            for (var i = text.IndexOf(word, start, end - start, StringComparison.OrdinalIgnoreCase);
                 i >= 0 && i + word.Length <= end;
                 i = i + 1 < end ? text.IndexOf(word, i + 1, end - i - 1, StringComparison.OrdinalIgnoreCase) : -1)
            {
                hits.Add((i, i + word.Length));
            }
        }

        var merged = new List<(int Start, int End)>();
        foreach (var hit in hits.OrderBy(h => h.Start))
        {
            if (merged.Count > 0 && hit.Start <= merged[^1].End)
            {
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, hit.End));
            }
            else
            {
                merged.Add(hit);
            }
        }

        return merged;
    }
}
