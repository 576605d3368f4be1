using System.Text.RegularExpressions;
using System.Web;
using Microsoft.Playwright;
using Portal.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Portal.Browser.Tests;

/// <summary>
/// A visitor works the three public lists: on /policies picks a level and a support type, searches a two-character
/// Chinese word and sees it marked in every hit, reloads and shares the address and gets the same result, then opens a
/// policy's page; then a resource and a filtered project list. The whole walk runs at desktop and at phone size, and
/// every page is audited (axe, console, screenshot).
/// </summary>
[Collection(PortalCollection.Name)]
public sealed partial class PolicyFinderFlowTests(PortalApp app)
{
    private const string Word = "贴息";

    [Theory]
    [InlineData("desktop")]
    [InlineData("phone")]
    public async Task A_visitor_filters_searches_a_two_character_word_shares_the_result_and_opens_a_policy(string viewport)
    {
        await using var visitor = await app.OpenAsync(Viewport.Named(viewport));
        var page = visitor.Page;
        await visitor.GotoAsync("/policies");
        await Expect(page.GetByTestId("policy-hit").First).ToBeVisibleAsync();
        await visitor.AuditAsync("policies-finder");

        await ClickFacetAsync(page, "level", "区");
        await ClickFacetAsync(page, "type", "贴息补贴");
        await page.GetByRole(AriaRole.Searchbox, new() { Name = "关键词" }).FillAsync(Word);
        await page.GetByRole(AriaRole.Button, new() { Name = "搜索", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("[?&]q="));

        var query = HttpUtility.ParseQueryString(new Uri(page.Url).Query);
        Assert.Equal(Word, query["q"]);
        Assert.False(string.IsNullOrEmpty(query["level"]), page.Url);
        Assert.False(string.IsNullOrEmpty(query["type"]), page.Url);

        var hits = page.GetByTestId("policy-hit");
        await Expect(hits.First).ToBeVisibleAsync();
        var titles = await hits.Locator("h2").AllInnerTextsAsync();
        Assert.All(titles, t => Assert.Contains(Word, t, StringComparison.Ordinal));
        await Expect(hits.Filter(new() { Has = page.Locator("mark") })).ToHaveCountAsync(titles.Count);
        Assert.All(await hits.Locator("mark").AllInnerTextsAsync(), m => Assert.Equal(Word, m));
        await Expect(page.GetByTestId("policy-total")).ToHaveTextAsync($"共 {titles.Count} 条");
        await Expect(page.GetByTestId("facet-level").And(page.Locator("[aria-current=true]"))).ToContainTextAsync("区");
        await Expect(page.GetByTestId("facet-type").And(page.Locator("[aria-current=true]"))).ToContainTextAsync("贴息补贴");
        await visitor.AuditAsync("policies-search");

        // The address is the result: a reload, and the same address opened by someone else, show the same hits.
        var address = page.Url;
        await page.ReloadAsync();
        await Expect(page.GetByTestId("policy-hit").Locator("h2")).ToHaveTextAsync(titles);
        await Expect(page.GetByRole(AriaRole.Searchbox, new() { Name = "关键词" })).ToHaveValueAsync(Word);
        await using (var other = await app.OpenAsync(Viewport.Named(viewport)))
        {
            await other.GotoAsync(address);
            await Expect(other.Page.GetByTestId("policy-hit").Locator("h2")).ToHaveTextAsync(titles);
        }

        // An open policy among the hits: its page starts with the summary, days left included, and lists its versions.
        var open = hits.Filter(new() { Has = page.GetByTestId("days-left") }).First;
        var daysLeft = await open.GetByTestId("days-left").InnerTextAsync();
        await open.Locator("h2 a").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/policies/[a-z0-9-]+$"));
        var summary = page.GetByTestId("policy-summary");
        await Expect(summary).ToBeVisibleAsync();
        await Expect(page.GetByTestId("policy-window")).ToContainTextAsync(daysLeft);
        await Expect(summary).ToContainTextAsync("联系方式");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "版本历史" })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("version-row").First).ToContainTextAsync("v1");
        await visitor.AuditAsync("policy-details");

        await VisitResourcesAndProjectsAsync(visitor);
    }

    private static async Task VisitResourcesAndProjectsAsync(BrowserSession visitor)
    {
        var page = visitor.Page;
        await page.GetByRole(AriaRole.Navigation, new() { Name = "位置" }).GetByRole(AriaRole.Link, new() { Name = "惠企政策" }).ClickAsync();
        await page.GetByRole(AriaRole.Navigation, new() { Name = "三张清单" }).GetByRole(AriaRole.Link, new() { Name = "资源清单" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/resources$"));
        await visitor.AuditAsync("resources");

        var count = await ClickFacetAsync(page, "kind", null);
        await Expect(page.GetByTestId("list-total")).ToHaveTextAsync($"共 {count} 条");
        var resource = page.GetByTestId("resource-hit").First.Locator("h2 a");
        var title = await resource.InnerTextAsync();
        await resource.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/resources/\d+$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(title);
        await Expect(page.GetByTestId("resource-summary")).ToContainTextAsync("提供单位");
        await visitor.AuditAsync("resource-details");

        await visitor.GotoAsync("/projects");
        count = await ClickFacetAsync(page, "state", "推进中");
        await Expect(page.GetByTestId("list-total")).ToHaveTextAsync($"共 {count} 条");
        await Expect(page.GetByTestId("project-state")).ToHaveTextAsync(Enumerable.Repeat("推进中", count));
        await Expect(page.GetByTestId("project-progress").First).ToBeVisibleAsync();
        await visitor.AuditAsync("projects-filtered");
    }

    /// <summary>Clicks a facet value (the given label, else the first with results) and waits for the page to show it chosen; returns its count.</summary>
    private static async Task<int> ClickFacetAsync(IPage page, string facet, string? label)
    {
        var links = page.GetByTestId($"facet-{facet}").Filter(new() { HasNotText = "(0)" });
        var link = label is null ? links.First : links.Filter(new() { HasTextRegex = new Regex($@"^\s*{Regex.Escape(label)}\s*\(") });
        var text = await link.InnerTextAsync();
        await link.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"[?&]{facet}="));
        await Expect(page.GetByTestId($"facet-{facet}").And(page.Locator("[aria-current=true]"))).ToHaveCountAsync(1);
        return int.Parse(Count().Match(text).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"\((\d+)\)")]
    private static partial Regex Count();
}
