using System.Net;
using System.Text.RegularExpressions;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests.Policies;

/// <summary>
/// /resources and /projects on the real host with the demo lists: facets narrow and stay in the links, a search word
/// is marked, an item page shows its facts, the unpublished demo resource is neither listed nor shown, junk is dropped.
/// </summary>
[Collection(WebCollection.Name)]
public sealed partial class PublicListsPageTests(PortalFactory factory)
{
    private async Task<(HttpStatusCode Status, string Body)> GetAsync(string path)
    {
        using var client = factory.CreatePortalClient();
        var response = await client.GetAsync(path);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private async Task<string> HtmlAsync(string path)
    {
        var (status, body) = await GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, status);
        return body;
    }

    private static int Total(string html) => int.Parse(TotalText().Match(html).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task Resources_narrow_by_need_and_kind_and_every_facet_link_keeps_the_filter()
    {
        var all = await HtmlAsync("/resources");
        var financing = await HtmlAsync("/resources?need=financing");
        var financingServices = await HtmlAsync("/resources?need=financing&kind=service");

        Assert.Equal(19, Total(all)); // 20 demo resources, one unpublished
        Assert.DoesNotContain("法律与知识产权咨询", all);
        Assert.InRange(Total(financing), 1, Total(all) - 1);
        Assert.Contains("应急转贷资金", financing);
        Assert.DoesNotContain("针纺企业专场招聘会", financing);
        Assert.InRange(Total(financingServices), 1, Total(financing) - 1);
        Assert.Contains("政府性融资担保费率优惠", financingServices);
        Assert.DoesNotContain("应急转贷资金", financingServices); // a 资源, not a 服务
        var unitLinks = FacetLinks("unit").Matches(financing).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
        Assert.NotEmpty(unitLinks);
        Assert.All(unitLinks, link => Assert.Contains("need=financing", link));
    }

    [Fact]
    public async Task A_resource_search_marks_the_word_and_the_item_page_shows_its_facts()
    {
        var html = await HtmlAsync("/resources?q=" + Uri.EscapeDataString("厂房"));
        Assert.Contains("针纺服装产业园标准<mark>厂房</mark>", html);
        Assert.Equal(1, Total(html));

        var id = ResourceLink().Match(html).Groups[1].Value;
        var page = await HtmlAsync("/resources/" + id);
        Assert.Contains("data-testid=\"resource-summary\"", page);
        Assert.Contains("针纺服装产业园管委会", page);
        Assert.Contains("/resources?need=land", page);
    }

    [Fact]
    public async Task Unknown_or_unpublished_resources_are_404_and_junk_filters_are_dropped()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync("/resources/999999")).Status);
        var all = await HtmlAsync("/resources?kind=service");
        var listed = await HtmlAsync("/resources") + await HtmlAsync("/resources?page=2"); // 12 a page
        var ids = ResourceLink().Matches(listed).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(19, ids.Distinct().Count());
        var hidden = Enumerable.Range(ids.Min(), 20).Except(ids).Single(); // the unpublished demo item
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync($"/resources/{hidden}")).Status);
        Assert.Contains("data-testid=\"resource-hit\"", all);

        var junk = await HtmlAsync("/resources?kind=zzz&need=99&page=-1&q=" + Uri.EscapeDataString("<script>x</script>"));
        Assert.Contains("部分筛选条件无法识别", junk);
        Assert.DoesNotContain("<script>x", junk);
        var projects = await HtmlAsync("/projects?year=abc&state=zzz");
        Assert.Contains("部分筛选条件无法识别", projects);
    }

    [Fact]
    public async Task Projects_filter_by_state_year_and_lead_unit_with_their_progress_notes()
    {
        var all = await HtmlAsync("/projects");
        Assert.Equal(10, Total(all));

        var working = await HtmlAsync("/projects?state=inprogress");
        Assert.Equal(3, Total(working));
        Assert.Contains("印染集中区污水处理提标改造", working);
        Assert.Contains("召开推进会，协调解决要素保障问题。", working);
        Assert.DoesNotContain("针纺面辅料集采平台", working); // still 待领办

        var years = FacetLinks("year").Matches(all).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
        Assert.Equal(2, years.Count); // this year and last year
        var lastYear = await HtmlAsync(years[1]);
        Assert.Equal(2, Total(lastYear));

        var commerce = await HtmlAsync("/projects?lead=" + Uri.EscapeDataString("区商务局"));
        Assert.Equal(2, Total(commerce));
        Assert.All(FacetLinks("state").Matches(commerce), m => Assert.Contains("lead=", WebUtility.HtmlDecode(m.Groups[1].Value)));
    }

    [GeneratedRegex("data-testid=\"list-total\">共 (\\d+) 条")]
    private static partial Regex TotalText();

    [GeneratedRegex("href=\"/resources/(\\d+)\"")]
    private static partial Regex ResourceLink();

    private static Regex FacetLinks(string key) => new($"<a href=\"([^\"]*)\"[^>]*data-testid=\"facet-{key}\"");
}
