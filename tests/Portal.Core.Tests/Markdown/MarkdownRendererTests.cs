using Portal.Core.Markdown;

namespace Portal.Core.Tests.Markdown;

public sealed class MarkdownRendererTests
{
    private readonly MarkdownRenderer renderer = new();

    /// <summary>Payloads staff or an enterprise might paste; none may come out as markup a browser runs.</summary>
    public static TheoryData<string> Payloads => new()
    {
        "<script>alert(1)</script>",
        "Hello <script src=\"https://evil.example/x.js\"></script>",
        "<img src=x onerror=alert(1)>",
        "<IMG SRC=\"x\" ONERROR=\"alert(1)\">",
        "<svg onload=alert(1)>",
        "<svg><script>alert(1)</script></svg>",
        "<iframe src=\"javascript:alert(1)\"></iframe>",
        "<div>\n<script>alert(1)</script>\n</div>",
        "<details open ontoggle=alert(1)>",
        "<a href=\"javascript:alert(1)\">click</a>",
        "<style>body{background:url(javascript:alert(1))}</style>",
        "<p style=\"background:url(javascript:alert(1))\">x</p>",
        "[click](javascript:alert(1))",
        "[click](JAVASCRIPT:alert(1))",
        "[click](JaVaScRiPt:alert(1))",
        "[click](<java\tscript:alert(1)>)",
        "[click](<java\nscript:alert(1)>)",
        "[click](&#106;avascript:alert(1))",
        "[click](&#x6A;avascript:alert(1))",
        "[click](javascript&#58;alert(1))",
        "[click](javascript://%0aalert(1))",
        "[click](  javascript:alert(1)  )",
        "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "[click](vbscript:msgbox(1))",
        "![image](javascript:alert(1))",
        "![image](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
        "![image](JAVASCRIPT:alert(1) \"title\")",
        "[click][evil]\n\n[evil]: javascript:alert(1)",
        "![image][evil]\n\n[evil]: data:text/html,<script>alert(1)</script>",
        "<javascript:alert(1)>",
        "<vbscript:msgbox(1)>",
        "[click](https://example.com){onclick=alert(1)}",
        "[x](https://example.com \"a\\\" onmouseover=\\\"alert(1)\")",
        "<a href=\"https://example.com\" onclick=\"alert(1)\">x</a>",
        "<form action=\"javascript:alert(1)\"><input type=submit></form>",
        "<math><mtext><script>alert(1)</script></mtext></math>",
        "```html\n<script>alert(1)</script>\n```",
        "`<img src=x onerror=alert(1)>`",
    };

    [Theory]
    [MemberData(nameof(Payloads))]
    public void A_payload_never_becomes_script(string markdown)
    {
        var html = renderer.ToHtml(markdown);
        Assert.Empty(HtmlSafety.Violations(html));
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void The_corpus_is_large_enough() => Assert.True(Payloads.Count >= 25);

    [Fact]
    public void The_safety_reader_itself_catches_what_it_is_meant_to_catch()
    {
        Assert.NotEmpty(HtmlSafety.Violations("<a href=\"javascript:alert(1)\">x</a>"));
        Assert.NotEmpty(HtmlSafety.Violations("<a href=\"&#106;avascript:alert(1)\">x</a>"));
        Assert.NotEmpty(HtmlSafety.Violations("<img src=\"x\" onerror=\"alert(1)\">"));
        Assert.NotEmpty(HtmlSafety.Violations("<img src=x onerror=alert(1)>"));
        Assert.Empty(HtmlSafety.Violations("<a href=\"https://a.example\" title=\"x onclick=y\">x</a>"));
        Assert.NotEmpty(HtmlSafety.Violations("<script>alert(1)</script>"));
        Assert.NotEmpty(HtmlSafety.Violations("<img src=\"data:image/svg+xml;base64,AAA\">"));
        Assert.Empty(HtmlSafety.Violations("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>"));
    }

    [Fact]
    public void Raw_html_is_shown_as_text()
    {
        var html = renderer.ToHtml("<b>bold</b> <script>alert(1)</script>");
        Assert.Contains("&lt;b&gt;bold&lt;/b&gt;", html);
        Assert.Contains("&lt;script&gt;", html);
    }

    [Fact]
    public void Http_and_https_links_are_kept()
    {
        Assert.Contains("<a href=\"https://www.gov.cn/zhengce/\">国务院政策</a>", renderer.ToHtml("[国务院政策](https://www.gov.cn/zhengce/)"));
        Assert.Contains("<a href=\"http://example.com/a?b=1\">x</a>", renderer.ToHtml("[x](http://example.com/a?b=1)"));
    }

    [Fact]
    public void Relative_links_images_and_anchors_are_kept()
    {
        Assert.Contains("<a href=\"/policies/12\">政策</a>", renderer.ToHtml("[政策](/policies/12)"));
        Assert.Contains("<a href=\"#apply\">申报</a>", renderer.ToHtml("[申报](#apply)"));
        Assert.Contains("<img src=\"/files/a.png\" alt=\"图\" />", renderer.ToHtml("![图](/files/a.png)"));
    }

    [Fact]
    public void Mailto_and_tel_links_are_kept()
    {
        Assert.Contains("href=\"mailto:center@example.com\"", renderer.ToHtml("[写信](mailto:center@example.com)"));
        Assert.Contains("href=\"tel:0791-88888888\"", renderer.ToHtml("[电话](tel:0791-88888888)"));
    }

    [Fact]
    public void A_dropped_link_keeps_its_text()
    {
        var html = renderer.ToHtml("[点此申报](javascript:alert(1))");
        Assert.Contains("点此申报", html);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Tables_are_rendered()
    {
        var html = renderer.ToHtml("| 项目 | 金额 |\n| --- | --- |\n| 技改奖励 | 50 万元 |\n");
        Assert.Contains("<table>", html);
        Assert.Contains("<th>项目</th>", html);
        Assert.Contains("<td>技改奖励</td>", html);
    }

    [Fact]
    public void Headings_emphasis_and_lists_are_rendered()
    {
        var html = renderer.ToHtml("## 申报条件\n\n- **规上企业**\n- 注册在本区\n");
        Assert.Contains("<h2>申报条件</h2>", html);
        Assert.Contains("<strong>规上企业</strong>", html);
        Assert.Contains("<li>注册在本区</li>", html);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Nothing_renders_as_nothing(string? markdown) => Assert.Equal("", renderer.ToHtml(markdown));
}
