using Portal.Modules.Policies.Search;

namespace Portal.Modules.Policies.Tests;

public sealed class SearchTermsTests
{
    [Theory]
    [InlineData("贴息", "贴息")]
    [InlineData("技术改造", "技术 术改 改造")]
    [InlineData("青府办发〔2026〕12号", "青府 府办 办发 2026 12 号")]
    [InlineData("ISO9001 认证", "iso9001 认证")]
    [InlineData("", "")]
    public void Text_becomes_bigrams_and_lower_case_words(string text, string expected) =>
        Assert.Equal(expected, ChineseBigrams.IndexText(text));

    [Theory]
    [InlineData("贴息", "\"贴息\"", "('贴息')")]
    [InlineData("绿色发展 人才", "\"绿色 色发 发展\" AND \"人才\"", "('绿色' <-> '色发' <-> '发展') & ('人才')")]
    [InlineData("12号", "\"12 号\"*", "('12' <-> '号':*)")]
    [InlineData("\"贴息\" OR x' --", "\"贴息\" AND \"or\" AND \"x\"", "('贴息') & ('or') & ('x')")]
    [InlineData("<script>", "\"script\"", "('script')")]
    public void Queries_become_phrases_with_nothing_of_the_query_language_left(string query, string fts5, string tsquery)
    {
        var terms = SearchTerms.Parse(query);
        Assert.Equal(fts5, terms.ToFts5());
        Assert.Equal(tsquery, terms.ToTsQuery());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\"*()^:")]
    [InlineData("、，。")]
    public void Punctuation_only_is_no_search(string query) => Assert.True(SearchTerms.Parse(query).IsEmpty);

    [Fact]
    public void Long_input_is_capped()
    {
        var terms = SearchTerms.Parse(string.Join(' ', Enumerable.Range(1, 50).Select(i => "词" + i)) + " " + new string('长', 500));
        Assert.Equal(SearchTerms.MaxTerms, terms.Words.Count);
        Assert.All(terms.Words, w => Assert.True(w.Length <= SearchTerms.MaxTermLength));
    }

    [Fact]
    public void Highlighting_encodes_everything_and_adds_only_mark()
    {
        var html = Highlighter.Mark("<script>alert('贴息')</script> & 贴息", ["贴息"]);
        Assert.Equal("&lt;script&gt;alert(&#39;<mark>贴息</mark>&#39;)&lt;/script&gt; &amp; <mark>贴息</mark>", html);
    }

    [Fact]
    public void A_search_for_markup_marks_the_encoded_text_not_the_markup()
    {
        var terms = SearchTerms.Parse("<b>onerror");
        var html = Highlighter.Mark("<b onerror=x>", terms.Words);
        Assert.DoesNotContain("<b", html, StringComparison.Ordinal);
        Assert.Contains("<mark>onerror</mark>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Snippets_cut_around_the_first_hit()
    {
        var text = new string('前', 200) + "贴息" + new string('后', 200);
        var snippet = Highlighter.Snippet(text, ["贴息"]);
        Assert.StartsWith("…", snippet, StringComparison.Ordinal);
        Assert.EndsWith("…", snippet, StringComparison.Ordinal);
        Assert.Contains("<mark>贴息</mark>", snippet, StringComparison.Ordinal);
        Assert.InRange(snippet.Length, Highlighter.SnippetLength, Highlighter.SnippetLength + 20);
    }
}
