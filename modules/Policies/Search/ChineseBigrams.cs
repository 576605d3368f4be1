using System.Text;

namespace Portal.Modules.Policies.Search;

/// <summary>
/// The finder's tokenizer (the CJK-bigram technique of Lucene's CJKAnalyzer): a run of Chinese characters becomes
/// its overlapping two-character tokens (技术改造 → 技术 术改 改造), a lone Chinese character stays one token,
/// and Latin letters and digits form lower-case words. Indexed text and queries go through the same code, so a
/// two-character word is one token and a longer phrase is a phrase of adjacent bigrams — on SQLite (FTS5,
/// unicode61 over these tokens) and on PostgreSQL (tsvector 'simple' over these tokens) alike.
/// </summary>
internal static class ChineseBigrams
{
    public static bool IsChinese(char c) =>
        c is >= '\u3400' and <= '\u4DBF' or >= '\u4E00' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF';

    /// <summary>The tokens of <paramref name="text"/> in order.</summary>
    public static IReadOnlyList<string> Tokens(string? text)
    {
        var tokens = new List<string>();
        if (string.IsNullOrEmpty(text))
        {
            return tokens;
        }

        var run = new StringBuilder();
        var word = new StringBuilder();
        foreach (var c in text)
        {
            if (IsChinese(c))
            {
                Flush(word, tokens);
                run.Append(c);
            }
            else
            {
                FlushChinese(run, tokens);
                if (char.IsAsciiLetterOrDigit(c))
                {
                    word.Append(char.ToLowerInvariant(c));
                }
                else
                {
                    Flush(word, tokens);
                }
            }
        }

        FlushChinese(run, tokens);
        Flush(word, tokens);
        return tokens;
    }

    /// <summary>The tokens joined by spaces: what the index stores.</summary>
    public static string IndexText(params string?[] parts) =>
        string.Join(' ', parts.SelectMany(Tokens));

    private static void FlushChinese(StringBuilder run, List<string> tokens)
    {
        if (run.Length == 1)
        {
            tokens.Add(run.ToString());
        }

        for (var i = 0; i + 1 < run.Length; i++)
        {
            tokens.Add(string.Concat(run[i], run[i + 1]));
        }

        run.Clear();
    }

    private static void Flush(StringBuilder word, List<string> tokens)
    {
        if (word.Length > 0)
        {
            tokens.Add(word.ToString());
            word.Clear();
        }
    }
}
