using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Core.Enterprises;
using Portal.Modules.Expo.Contracts;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests;

/// <summary>
/// The ServiceCenter module's public pages on the real host: the directory's search, facets and paging
/// (with a URL that carries every filter), the chain and its segments, bad input answered with a message
/// or an empty result (never a 500), the home section replacing the kernel's own hero, sitemap and robots.
/// </summary>
[Collection(WebCollection.Name)]
public sealed partial class ServiceCenterPublicTests(PortalFactory factory)
{
    private async Task<List<EnterpriseProfile>> VerifiedAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CoreDbContext>();
        var directory = scope.ServiceProvider.GetRequiredService<IEnterpriseDirectory>();
        var ids = await db.Enterprises.Where(e => e.Verification == VerificationState.Verified).Select(e => e.Id).ToListAsync();
        return [.. await directory.ListAsync(ids)];
    }

    private async Task<string> GetHtmlAsync(string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var client = factory.CreatePortalClient();
        var response = await client.GetAsync(path);
        Assert.True(response.StatusCode == expected, $"GET {path}: {(int)response.StatusCode}, expected {(int)expected}");
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_search_finds_an_enterprise_by_any_part_of_its_Chinese_name()
    {
        var target = (await VerifiedAsync()).First(e => e.Name.Length > 6);
        var part = target.Name.Substring(2, 3);

        var html = await GetHtmlAsync("/enterprises?q=" + Uri.EscapeDataString(part));

        Assert.Contains($"href=\"/enterprises/{target.Slug}\"", html);
        Assert.Contains($"value=\"{part}\"", html);
    }

    [Fact]
    public async Task Facets_show_the_counts_and_a_segment_filter_gives_exactly_that_many()
    {
        var verified = await VerifiedAsync();
        var all = await GetHtmlAsync("/enterprises");
        foreach (var segment in Segments.All)
        {
            var expected = verified.Count(e => e.Segment == segment);
            Assert.Contains($"data-facet=\"{segment.Slug()}\">{expected}<", all);
        }

        var dyeing = await GetHtmlAsync("/enterprises?segment=dyeing&page=1");
        var count = verified.Count(e => e.Segment == Segment.Dyeing);
        Assert.Contains($"共 {count} 家企业", dyeing);
        Assert.Equal(Math.Min(count, 20), EnterpriseLinks(dyeing).Count);
        Assert.All(EnterpriseLinks(dyeing), slug => Assert.Equal(Segment.Dyeing, verified.Single(e => e.Slug == slug).Segment));
    }

    [Fact]
    public async Task Facets_combine_and_the_pager_carries_every_filter()
    {
        var verified = await VerifiedAsync();
        var town = verified.GroupBy(e => e.TownId).OrderByDescending(g => g.Count()).First().Key;
        var expected = verified.Count(e => e.TownId == town && e.AboveDesignatedSize);

        var html = await GetHtmlAsync($"/enterprises?town={town}&above=1");

        Assert.Contains($"共 {expected} 家企业", html);
        var everyone = await GetHtmlAsync("/enterprises?q=有限公司");
        Assert.Contains($"共 {verified.Count(e => e.Name.Contains("有限公司"))} 家企业", everyone);
        Assert.Contains("href=\"/enterprises?q=%E6%9C%89%E9%99%90%E5%85%AC%E5%8F%B8&page=2\"", everyone);
    }

    [Fact]
    public async Task Paging_shows_twenty_a_page_and_out_of_range_pages_show_the_nearest()
    {
        var verified = await VerifiedAsync();
        Assert.True(verified.Count > 40, "the demo data has more than two pages of enterprises");
        var first = EnterpriseLinks(await GetHtmlAsync("/enterprises"));
        var second = EnterpriseLinks(await GetHtmlAsync("/enterprises?page=2"));
        Assert.Equal(20, first.Count);
        Assert.Equal(20, second.Count);
        Assert.Empty(first.Intersect(second));

        Assert.Equal(first, EnterpriseLinks(await GetHtmlAsync("/enterprises?page=abc")));
        Assert.Equal(first, EnterpriseLinks(await GetHtmlAsync("/enterprises?page=-3")));
        var lastPage = (verified.Count + 19) / 20;
        var last = EnterpriseLinks(await GetHtmlAsync($"/enterprises?page={lastPage}"));
        Assert.Equal(last, EnterpriseLinks(await GetHtmlAsync("/enterprises?page=99999999")));
        Assert.Equal(first, EnterpriseLinks(await GetHtmlAsync("/enterprises?page=999999999999999999999999")));
    }

    [Theory]
    [InlineData("/enterprises?segment=no-such-segment", "没有这个行业")]
    [InlineData("/enterprises?town=abc", "没有这个镇街园区")]
    [InlineData("/enterprises?town=987654", "没有这个镇街园区")]
    [InlineData("/enterprises?size=gigantic", "没有这个企业规模")]
    [InlineData("/enterprises?above=maybe", "共 ")]
    [InlineData("/enterprises?q=%E6%B2%A1%E6%9C%89%E8%BF%99%E4%B8%AA%E5%90%8D%E5%AD%97", "没有符合条件的企业")]
    public async Task Bad_or_unknown_filters_get_a_message_not_an_error(string path, string expected) =>
        Assert.Contains(expected, await GetHtmlAsync(path));

    [Fact]
    public async Task An_overly_long_search_is_shortened_with_a_message()
    {
        var html = await GetHtmlAsync("/enterprises?q=" + new string('纺', 3000));
        Assert.Contains("搜索词过长", html);
    }

    [Fact]
    public async Task A_segment_lists_its_leading_enterprises_first_and_links_to_their_pages()
    {
        var verified = await VerifiedAsync();
        var html = await GetHtmlAsync("/chain/dyeing");
        var links = EnterpriseLinks(html);
        var dyeing = verified.Where(e => e.Segment == Segment.Dyeing).ToList();
        Assert.Equal(dyeing.Count, links.Count);
        var leading = dyeing.Count(e => e.IsLeading);
        Assert.True(leading > 0);
        Assert.All(links.Take(leading), slug => Assert.True(dyeing.Single(e => e.Slug == slug).IsLeading));
        Assert.All(links.Skip(leading), slug => Assert.False(dyeing.Single(e => e.Slug == slug).IsLeading));
        Assert.Contains("领航企业", html);
    }

    [Theory]
    [InlineData("/chain/no-such-segment")]
    [InlineData("/chain/DYEINGX")]
    [InlineData("/center/halls/no-such-hall")]
    public async Task Unknown_segments_and_halls_are_404(string path) =>
        await GetHtmlAsync(path, HttpStatusCode.NotFound);

    [Fact]
    public async Task The_chain_shows_each_segment_with_its_count_in_order()
    {
        var verified = await VerifiedAsync();
        var html = await GetHtmlAsync("/chain");
        Assert.Contains("<ol class=\"chain-line\">", html);
        var order = new[] { "/chain/dyeing", "/chain/garment", "/chain/transport", "/chain/sales" }.Select(p => html.IndexOf(p, StringComparison.Ordinal)).ToList();
        Assert.Equal(order.Order(), order);
        foreach (var s in Segments.All)
        {
            Assert.Contains($"{verified.Count(e => e.Segment == s)} 家企业", html);
        }
    }

    [Fact]
    public async Task The_center_shows_its_pages_halls_with_sized_lazy_photos_and_the_organisation()
    {
        var html = await GetHtmlAsync("/center");
        Assert.Contains("1.2 亿元", html);
        Assert.Contains("国家纺织面料馆", html);
        Assert.Contains("区委两新工委", html);
        Assert.Contains("<figcaption", html);
        var images = ImageTag().Matches(html).Select(m => m.Value).Where(t => t.Contains("/media/", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(images);
        Assert.All(images, img =>
        {
            Assert.Matches("width=\"\\d+\"", img);
            Assert.Matches("height=\"\\d+\"", img);
            Assert.Contains("loading=\"lazy\"", img);
        });
        Assert.Contains("<meta name=\"description\" content=\"红纺链党群服务中心：中心简介", html);
        Assert.Contains("<meta property=\"og:url\"", html);

        var hall = await GetHtmlAsync("/center/halls/fabric-library");
        Assert.Contains("<h1>国家纺织面料馆</h1>", hall);
        Assert.Contains("<meta property=\"og:image\" content=\"http", hall);
    }

    [Fact]
    public async Task The_home_page_shows_the_modules_section_instead_of_the_kernels_own_hero()
    {
        var verified = await VerifiedAsync();
        var html = await GetHtmlAsync("/");
        Assert.Single(Regex.Matches(html, "<h1[ >]"));
        Assert.Single(Regex.Matches(html, "data-testid=\"figure-enterprises\""));
        Assert.Contains($"data-testid=\"figure-enterprises\">{verified.Count}<", html);
        Assert.Contains($"data-testid=\"figure-above-size\">{verified.Count(e => e.AboveDesignatedSize)}<", html);
        Assert.Contains("data-testid=\"figure-services\">", html);
        Assert.Single(Regex.Matches(html, "产业链六大行业</h2>"));
        if (factory.Services.GetService<IExpoFigures>() is null)
        {
            Assert.DoesNotContain("data-testid=\"figure-expos\"", html);
        }
    }

    [Fact]
    public async Task Robots_allows_all_but_the_back_office_and_points_at_the_sitemap()
    {
        using var client = factory.CreatePortalClient();
        var response = await client.GetAsync("/robots.txt");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("User-agent: *", text);
        Assert.Contains("Disallow: /admin\n", text);
        Assert.Contains("Disallow: /my\n", text);
        Assert.Contains("Disallow: /account\n", text);
        Assert.Matches("Sitemap: https?://[^\\s]+/sitemap\\.xml", text);
    }

    [Fact]
    public async Task The_sitemap_lists_every_verified_enterprise_and_published_news_only()
    {
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CoreDbContext>();
            foreach (var (slug, state) in new[] { ("sitemap-published-news", 2), ("sitemap-draft-news", 0) })
            {
                await db.Database.ExecuteSqlRawAsync(
                    "INSERT INTO center_news (Slug, Title, Summary, Body, Category, State, PublishedAt, CoverWidth, CoverHeight, AuthorUserId, CreatedAt, UpdatedAt) " +
                    "SELECT {0}, {0}, '', '', 1, {1}, '2026-11-20 08:00:00', 0, 0, '', '2026-11-20 08:00:00', '2026-11-20 08:00:00' " +
                    "WHERE NOT EXISTS (SELECT 1 FROM center_news WHERE Slug = {0})", slug, state);
            }
        }

        using var client = factory.CreatePortalClient();
        var response = await client.GetAsync("/sitemap.xml");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        var xml = System.Xml.Linq.XDocument.Parse(await response.Content.ReadAsStringAsync());
        var locs = xml.Descendants().Where(e => e.Name.LocalName == "loc").Select(e => new Uri(e.Value).AbsolutePath).ToList();

        Assert.All((await VerifiedAsync()).Select(e => "/enterprises/" + e.Slug), path => Assert.Contains(path, locs));
        Assert.Contains("/news/sitemap-published-news", locs);
        Assert.DoesNotContain("/news/sitemap-draft-news", locs);
        Assert.Contains("/center/halls/fabric-library", locs);
        Assert.Contains("/chain/support", locs);
        Assert.Contains("/", locs);
        Assert.DoesNotContain(locs, l => l.StartsWith("/admin", StringComparison.Ordinal));
    }

    /// <summary>The /enterprises/{slug} links of a page, in order.</summary>
    private static List<string> EnterpriseLinks(string html) =>
        EnterpriseLink().Matches(html).Select(m => m.Groups[1].Value).ToList();

    [GeneratedRegex("class=\"enterprise-name\" href=\"/enterprises/([^\"]+)\"")]
    private static partial Regex EnterpriseLink();

    [GeneratedRegex("<img\\b[^>]*>")]
    private static partial Regex ImageTag();
}
