using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests.Policies;

/// <summary>
/// /policies/feed.atom and /policies.json on the real host with the demo policies: both parse, both honour the finder's
/// query string (the same hits as /policies under the same filter), /policies points to them with rel=alternate.
/// </summary>
[Collection(WebCollection.Name)]
public sealed partial class PolicyFeedTests(PortalFactory factory)
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private async Task<HttpResponseMessage> GetAsync(string path)
    {
        using var client = factory.CreatePortalClient();
        return await client.GetAsync(path);
    }

    private async Task<List<string>> FinderSlugsAsync(string query)
    {
        var html = await (await GetAsync("/policies" + query)).Content.ReadAsStringAsync();
        return [.. HitSlug().Matches(html).Select(m => m.Groups[1].Value)];
    }

    [Fact]
    public async Task The_finder_links_its_feed_and_open_data_with_the_current_filter()
    {
        var html = await (await GetAsync("/policies?type=interestsubsidy")).Content.ReadAsStringAsync();
        Assert.Contains("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/policies/feed.atom?type=interestsubsidy\"", html);
        Assert.Contains("<link rel=\"alternate\" type=\"application/json\" href=\"/policies.json?type=interestsubsidy\"", html);
    }

    [Fact]
    public async Task The_Atom_feed_parses_and_lists_the_newest_policies_under_the_filter()
    {
        var response = await GetAsync("/policies/feed.atom");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;
        Assert.Equal(Atom + "feed", feed.Name);
        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.Equal(20, entries.Count);
        var published = entries.Select(e => DateTime.Parse(e.Element(Atom + "published")!.Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(published.OrderDescending(), published);
        Assert.All(entries, e => Assert.Matches("^http://[^/]+/policies/\\d{4}-\\d{3}$", e.Element(Atom + "link")!.Attribute("href")!.Value));

        var subsidies = XDocument.Parse(await (await GetAsync("/policies/feed.atom?type=interestsubsidy")).Content.ReadAsStringAsync()).Root!;
        var slugs = subsidies.Elements(Atom + "entry").Select(e => e.Element(Atom + "link")!.Attribute("href")!.Value.Split('/')[^1]).ToList();
        Assert.Equal(await FinderSlugsAsync("?type=interestsubsidy"), slugs);
        Assert.InRange(slugs.Count, 1, 19);
        Assert.All(subsidies.Elements(Atom + "entry"), e => Assert.Equal("interestsubsidy", e.Element(Atom + "category")!.Attribute("term")!.Value));
    }

    [Fact]
    public async Task The_open_data_honours_the_finder_filters_and_pages()
    {
        var query = "?q=" + Uri.EscapeDataString("贴息") + "&window=open";
        var response = await GetAsync("/policies.json" + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        var policies = root.GetProperty("policies").EnumerateArray().ToList();
        Assert.Equal(await FinderSlugsAsync(query), policies.Select(p => p.GetProperty("slug").GetString()!).ToList());
        Assert.Equal(policies.Count, root.GetProperty("total").GetInt32());
        Assert.NotEmpty(policies);
        Assert.All(policies, p => Assert.Contains("贴息", p.GetProperty("title").GetString() + p.GetProperty("typeName").GetString(), StringComparison.Ordinal));
        Assert.All(policies, p => Assert.Contains(p.GetProperty("window").GetString(), new[] { "open", "closingsoon" }));

        using var paged = JsonDocument.Parse(await (await GetAsync("/policies.json?size=5&page=2")).Content.ReadAsStringAsync());
        Assert.Equal(5, paged.RootElement.GetProperty("policies").GetArrayLength());
        Assert.Equal(2, paged.RootElement.GetProperty("page").GetInt32());
        var all = JsonDocument.Parse(await (await GetAsync("/policies.json?size=100")).Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(all.GetProperty("total").GetInt32(), all.GetProperty("policies").GetArrayLength());
        Assert.DoesNotContain(all.GetProperty("policies").EnumerateArray(), p => p.GetProperty("slug").GetString()!.EndsWith("-004", StringComparison.Ordinal)); // a draft

        var junk = await GetAsync("/policies.json?level=zzz&size=-1");
        Assert.Equal(HttpStatusCode.OK, junk.StatusCode);
        using var junkJson = JsonDocument.Parse(await junk.Content.ReadAsStringAsync());
        Assert.True(junkJson.RootElement.GetProperty("ignoredJunk").GetBoolean());
    }

    [GeneratedRegex("<h2 class=\"h5 card-title\"><a href=\"/policies/([a-z0-9-]+)\"")]
    private static partial Regex HitSlug();
}
