using System.Net;
using System.Text.RegularExpressions;
using Portal.Core.Security;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests.RedHelp;

/// <summary>
/// A demand through the real pages, with two people acting at once: two staff dispatching the same demand,
/// and the handler taking it from two tabs. Exactly one request wins; the other is told clearly and the
/// timeline holds one step. Bad input is refused with a message and changes nothing.
/// </summary>
[Collection(WebCollection.Name)]
public sealed partial class DemandRaceTests(PortalFactory factory)
{
    private const string Changed = "该需求刚刚已被其他人处理";

    [Fact]
    public async Task Two_dispatches_and_two_takes_at_once_each_have_one_winner()
    {
        using var enterprise = await Accounts.ClientAsync(factory, PortalRoles.Enterprise);
        var id = await SubmitAsync(enterprise, "并发派单测试");
        var helperId = (await RedHelpSql.StringsAsync(factory, "SELECT \"Id\" AS \"Value\" FROM core_users WHERE \"Email\" = 'helper@demo.local'")).Single();

        using var staff1 = await Accounts.ClientAsync(factory, PortalRoles.Staff);
        using var staff2 = await Accounts.ClientAsync(factory, PortalRoles.Staff);
        var dispatch = $"/admin/redhelp/dispatch/{id}";
        var results = await RaceAsync(dispatch, "Dispatch", [staff1, staff2], new() { ["Version"] = "0", ["HandlerUserId"] = helperId, ["LeadUnitId"] = "" });
        await AssertOneWinnerAsync(results, id, toState: 1);

        using var tab1 = await Accounts.ClientAsync(factory, PortalRoles.Helper);
        using var tab2 = await Accounts.ClientAsync(factory, PortalRoles.Helper);
        results = await RaceAsync($"/redhelp/work/{id}", "Take", [tab1, tab2], new() { ["Version"] = "1" });
        await AssertOneWinnerAsync(results, id, toState: 2);
    }

    [Fact]
    public async Task Bad_input_is_refused_clearly_and_stores_nothing()
    {
        using var enterprise = await Accounts.ClientAsync(factory, PortalRoles.Enterprise);
        const string count = "SELECT COUNT(*) AS \"Value\" FROM redhelp_demands";
        var before = await RedHelpSql.CountAsync(factory, count);

        var empty = await Forms.PostAsync(enterprise, "/my/demands/new", new Dictionary<string, string>
        {
            ["Category"] = "Financing", ["Title"] = " ", ["Description"] = "说明", ["Urgency"] = "Normal",
        });
        var nonsense = await Forms.PostAsync(enterprise, "/my/demands/new", new Dictionary<string, string>
        {
            ["Category"] = "Nonsense", ["Title"] = "标题", ["Description"] = "说明", ["Urgency"] = "99",
        });

        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Contains("请填写标题", WebUtility.HtmlDecode(await empty.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.OK, nonsense.StatusCode);
        Assert.Contains("请检查填写的内容", WebUtility.HtmlDecode(await nonsense.Content.ReadAsStringAsync()));
        Assert.Equal(before, await RedHelpSql.CountAsync(factory, count));

        // A rating outside the five levels, on a demand that is not resolved, and an unknown demand.
        var id = await SubmitAsync(enterprise, "错误输入测试");
        var rating = await Forms.PostAnywayAsync(enterprise, $"/my/demands/{id}", new Dictionary<string, string> { ["Version"] = "0", ["Rating"] = "9" }, $"/my/demands/{id}?handler=Rate");
        Assert.Equal(HttpStatusCode.OK, rating.StatusCode);
        Assert.Contains("请选择满意度", WebUtility.HtmlDecode(await rating.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.NotFound, (await enterprise.GetAsync("/my/demands/987654")).StatusCode);
    }

    private static async Task<int> SubmitAsync(HttpClient enterprise, string title)
    {
        var response = await Forms.PostAsync(enterprise, "/my/demands/new", new Dictionary<string, string>
        {
            ["Category"] = "Financing", ["Title"] = title, ["Description"] = "需要 300 万元流动资金贷款。", ["Urgency"] = "Normal",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return int.Parse(DemandId().Match(response.Headers.Location!.OriginalString).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Each client opens the page first (its own token), then all post at the same moment.</summary>
    private static async Task<HttpResponseMessage[]> RaceAsync(string page, string handler, HttpClient[] clients, Dictionary<string, string> fields)
    {
        var action = $"{page}?handler={handler}";
        var posts = new List<(HttpClient Client, FormUrlEncodedContent Content)>();
        foreach (var client in clients)
        {
            var token = Forms.TokenFrom(await client.GetStringAsync(page), action) ?? throw new Xunit.Sdk.XunitException($"{page} offers no {handler} form.");
            posts.Add((client, new FormUrlEncodedContent(fields.Append(new(Forms.TokenField, token)))));
        }

        using var start = new SemaphoreSlim(0);
        var tasks = posts.Select(async p =>
        {
            await start.WaitAsync();
            return await p.Client.PostAsync(action, p.Content);
        }).ToList();
        start.Release(posts.Count);
        return await Task.WhenAll(tasks);
    }

    private async Task AssertOneWinnerAsync(HttpResponseMessage[] results, int id, int toState)
    {
        Assert.Single(results, r => r.StatusCode == HttpStatusCode.Redirect);
        var loser = Assert.Single(results, r => r.StatusCode == HttpStatusCode.OK);
        Assert.Contains(Changed, WebUtility.HtmlDecode(await loser.Content.ReadAsStringAsync()));
        Assert.Equal(1, await RedHelpSql.CountAsync(factory, $"SELECT COUNT(*) AS \"Value\" FROM redhelp_demand_events WHERE \"DemandId\" = {id} AND \"ToState\" = {toState}"));
    }

    [GeneratedRegex(@"/my/demands/(\d+)")]
    private static partial Regex DemandId();
}
