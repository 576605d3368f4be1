using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Portal.Core.Security;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests.ServiceCenter;

/// <summary>/news, /news/{slug} and /news/feed.atom over the demo news (34 articles: 29 published, 3 drafts, 2 scheduled).</summary>
[Collection(CenterCollection.Name)]
public sealed partial class NewsPageTests(CenterFactory factory)
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Fact]
    public async Task The_list_shows_ten_published_articles_a_page_newest_first_and_keeps_the_category_in_page_links()
    {
        // The demo has six published policy explainers; six more make two pages of that category.
        using var staff = await Accounts.ClientAsync(factory, PortalRoles.Staff);
        for (var i = 1; i <= 6; i++)
        {
            var saved = await Forms.PostAsync(staff, "/admin/showcase/news/edit", new Dictionary<string, string>
            {
                ["Input.Title"] = $"政策问答第 {i} 期",
                ["Input.Category"] = "PolicyReading",
                ["Input.Body"] = "问答",
                ["intent"] = "publish",
            });
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        using var client = factory.CreatePortalClient();
        var all = await HtmlAsync(client, "/news");
        var policy = await HtmlAsync(client, "/news?category=policy-reading");
        var policy2 = await HtmlAsync(client, "/news?category=policy-reading&page=2");

        Assert.Equal(10, Regex.Matches(all, "data-testid=\"news-item\"").Count);
        Assert.Contains("政策问答第 6 期", all);
        Assert.DoesNotContain("（草稿）", all);
        Assert.DoesNotContain("冬季针织服装展销会下周开幕", all);
        Assert.Contains("href=\"/news?category=policy-reading&amp;page=2\"", policy);
        Assert.Equal(10, Regex.Matches(policy, "data-testid=\"news-item\"").Count);
        Assert.DoesNotContain("党员示范岗挂牌", policy);
        Assert.Contains("aria-current=\"page\">2</a>", policy2);
        Assert.Equal(2, Regex.Matches(policy2, "data-testid=\"news-item\"").Count);
        Assert.Contains("惠企政策清单更新", policy2);
        Assert.Contains("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/news/feed.atom\"", all);
        Assert.DoesNotContain("application/atom+xml", await HtmlAsync(client, "/"));
    }

    [Fact]
    public async Task An_article_shows_its_cover_with_size_body_date_and_neighbours()
    {
        using var client = factory.CreatePortalClient();

        var html = await HtmlAsync(client, "/news/expo-autumn-kids");

        Assert.Matches("<img class=\"news-cover\" src=\"/media/[0-9a-f]{32}\\.png\" alt=\"[^\"]+\" width=\"800\" height=\"450\"", html);
        Assert.Contains("<h2>", html);
        Assert.Matches("<time datetime=\"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d\\+08:00\">", html);
        Assert.Contains("href=\"/news/joint-meeting-q4\" rel=\"prev\"", html);
        Assert.Contains("href=\"/news/testing-lab-open-day\" rel=\"next\"", html);
    }

    [Theory]
    [InlineData("/news/no-such-article")]
    [InlineData("/news/training-base-visit-draft")]
    [InlineData("/news/expo-winter-knitwear")]
    public async Task Unknown_draft_and_scheduled_articles_are_404(string path)
    {
        using var client = factory.CreatePortalClient();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task The_feed_is_Atom_with_the_latest_twenty_and_absolute_links()
    {
        using var client = factory.CreatePortalClient();

        var response = await client.GetAsync("/news/feed.atom");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;
        Assert.Equal(Atom + "feed", feed.Name);
        foreach (var required in new[] { "id", "title", "updated", "author" })
        {
            Assert.NotNull(feed.Element(Atom + required));
        }

        Assert.Equal($"{CenterFactory.PublicUrl}/news/feed.atom", Link(feed, "self"));
        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.Equal(20, entries.Count);
        Assert.All(entries, entry =>
        {
            Assert.StartsWith($"{CenterFactory.PublicUrl}/news/", (string)entry.Element(Atom + "id")!);
            Assert.True(Uri.TryCreate(Link(entry, "alternate"), UriKind.Absolute, out var link));
            Assert.StartsWith(CenterFactory.PublicUrl, link!.AbsoluteUri);
            Assert.False(string.IsNullOrWhiteSpace((string?)entry.Element(Atom + "title")));
            Assert.True(DateTimeOffset.TryParse((string?)entry.Element(Atom + "updated"), out _));
        });
        var published = entries.Select(e => DateTimeOffset.Parse((string)e.Element(Atom + "published")!)).ToList();
        Assert.Equal(published.OrderByDescending(p => p), published);
        Assert.DoesNotContain(entries, e => ((string)e.Element(Atom + "title")!).Contains("草稿"));
    }

    [Fact]
    public async Task Markup_in_a_title_summary_and_body_is_shown_as_text_on_the_page_and_in_the_feed()
    {
        using var staff = await Accounts.ClientAsync(factory, PortalRoles.Staff);
        var response = await Forms.PostAsync(staff, "/admin/showcase/news/edit", new Dictionary<string, string>
        {
            ["Input.Title"] = "<script>alert('title')</script>标题",
            ["Input.Slug"] = "xss-check",
            ["Input.Summary"] = "<img src=x onerror=alert('summary')>",
            ["Input.Category"] = "Service",
            ["Input.Body"] = "<script>alert('body')</script>\n\n[点我](javascript:alert('link'))\n\n<iframe src=\"https://evil.example\"></iframe>",
            ["intent"] = "publish",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        using var anonymous = factory.CreatePortalClient();
        foreach (var path in new[] { "/news/xss-check", "/news", "/news/feed.atom" })
        {
            var text = await (await anonymous.GetAsync(path)).Content.ReadAsStringAsync();
            Assert.DoesNotContain("<script>alert", text);
            Assert.DoesNotContain("<img src=x", text);
            Assert.DoesNotContain("<iframe", text);
            Assert.DoesNotContain("javascript:", text);
            Assert.Contains("&lt;script&gt;alert(", text);
        }
    }

    [Fact]
    public async Task A_cover_that_is_not_an_image_is_refused_in_Chinese_and_nothing_is_stored()
    {
        using var staff = await Accounts.ClientAsync(factory, PortalRoles.Staff);
        var before = factory.StoredFileCount();
        var listBefore = await HtmlAsync(staff, "/admin/showcase/news");

        var page = await HtmlAsync(staff, "/admin/showcase/news/edit");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(Forms.TokenFrom(page)!), Forms.TokenField },
            { new StringContent("伪装成图片的文本"), "Input.Title" },
            { new StringContent("PartyBuilding"), "Input.Category" },
            { new StringContent("publish"), "intent" },
            { new ByteArrayContent("%PDF-1.7 this is no picture"u8.ToArray()), "Cover", "cover.png" },
        };
        var response = await staff.PostAsync("/admin/showcase/news/edit", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("不支持的文件类型，只接受：", html);
        Assert.Equal(before, factory.StoredFileCount());
        Assert.Equal(TotalIn(listBefore), TotalIn(await HtmlAsync(staff, "/admin/showcase/news")));
    }

    private static string TotalIn(string adminList) => AllCount().Match(adminList).Groups[1].Value;

    private static string? Link(XElement element, string rel) =>
        (string?)element.Elements(Atom + "link").FirstOrDefault(l => (string?)l.Attribute("rel") == rel)?.Attribute("href");

    private static async Task<string> HtmlAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode}");
        return await response.Content.ReadAsStringAsync();
    }

    [GeneratedRegex("全部 <span class=\"badge text-bg-light\">(\\d+)</span>")]
    private static partial Regex AllCount();
}
