namespace Portal.Modules.Policies.Search;

/// <summary>
/// A visitor's search box, parsed: words separated by spaces (or punctuation) must all occur; each word is
/// matched as a phrase of its tokens. Only letters, digits and Chinese characters survive, so nothing the
/// visitor types reaches a query language unescaped. At most <see cref="MaxTerms"/> words of
/// <see cref="MaxTermLength"/> characters are used.
/// </summary>
internal sealed class SearchTerms
{
    public const int MaxTerms = 6;
    public const int MaxTermLength = 30;

    private SearchTerms(IReadOnlyList<string> words, IReadOnlyList<Phrase> phrases)
    {
        Words = words;
        Phrases = phrases;
    }

    /// <summary>The words as typed (cleaned), for highlighting.</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>
    /// What the index is asked: each word's tokens as adjacent phrases. A lone Chinese character (a one-character
    /// run, as in 12号) matches as a prefix (号 finds 号文), so a phrase ends after it.
    /// </summary>
    public IReadOnlyList<Phrase> Phrases { get; }

    public bool IsEmpty => Phrases.Count == 0;

    public static SearchTerms Parse(string? query)
    {
        var words = new List<string>();
        var phrases = new List<Phrase>();
        foreach (var raw in Split(query ?? ""))
        {
            var word = raw.Length > MaxTermLength ? raw[..MaxTermLength] : raw;
            var tokens = ChineseBigrams.Tokens(word);
            if (tokens.Count == 0 || words.Contains(word, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            words.Add(word);
            phrases.AddRange(PhrasesOf(tokens));
            if (words.Count == MaxTerms)
            {
                break;
            }
        }

        return new SearchTerms(words, phrases);
    }

    /// <summary>SQLite FTS5: <c>"技改" AND "绿色 色发 发展"</c>; a lone character is a prefix (<c>"贴"*</c>).</summary>
    public string ToFts5() => string.Join(" AND ", Phrases.Select(p =>
        $"\"{string.Join(' ', p.Tokens)}\"" + (p.PrefixLast ? "*" : "")));

    /// <summary>PostgreSQL to_tsquery('simple', …): <c>'技改' &amp; ('绿色' &lt;-&gt; '色发' &lt;-&gt; '发展')</c>; a lone character is a prefix.</summary>
    public string ToTsQuery() => string.Join(" & ", Phrases.Select(p =>
        "(" + string.Join(" <-> ", p.Tokens.Select((t, i) => $"'{t}'" + (p.PrefixLast && i == p.Tokens.Count - 1 ? ":*" : ""))) + ")"));

    private static IEnumerable<Phrase> PhrasesOf(IReadOnlyList<string> tokens)
    {
        var current = new List<string>();
        foreach (var token in tokens)
        {
            current.Add(token);
            if (token.Length == 1 && ChineseBigrams.IsChinese(token[0]))
            {
                yield return new Phrase(current, PrefixLast: true);
                current = [];
            }
        }

        if (current.Count > 0)
        {
            yield return new Phrase(current, PrefixLast: false);
        }
    }

    /// <summary>Splits on anything that is not a letter, digit or Chinese character.</summary>
    private static IEnumerable<string> Split(string query)
    {
        var start = -1;
        for (var i = 0; i <= query.Length; i++)
        {
            var keep = i < query.Length && (char.IsAsciiLetterOrDigit(query[i]) || ChineseBigrams.IsChinese(query[i]));
            if (keep && start < 0)
            {
                start = i;
            }
            else if (!keep && start >= 0)
            {
                yield return query[start..i];
                start = -1;
            }
        }
    }
}

/// <summary>Adjacent tokens; <paramref name="PrefixLast"/>: the last one matches as a prefix.</summary>
internal sealed record Phrase(IReadOnlyList<string> Tokens, bool PrefixLast);
