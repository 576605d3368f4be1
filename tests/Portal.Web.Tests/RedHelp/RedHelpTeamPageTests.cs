using System.Net;
using Portal.Core.Security;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests.RedHelp;

/// <summary>/redhelp for visitors and the demo enterprise, and the staff assignment board with good and bad input.</summary>
[Collection(WebCollection.Name)]
public sealed class RedHelpTeamPageTests(PortalFactory factory)
{
    private const string Board = "/admin/redhelp/assignments";
    private const string CountAssignments = "SELECT COUNT(*) AS \"Value\" FROM redhelp_assignments";

    [Fact]
    public async Task A_visitor_sees_the_team_its_units_and_live_figures_but_no_helper_card()
    {
        using var visitor = factory.CreatePortalClient();
        var html = WebUtility.HtmlDecode(await visitor.GetStringAsync("/redhelp"));
        Assert.Contains("<h1 id=\"redhelp-title\">红色帮办团</h1>", html);
        Assert.Contains("区工信局", html);
        Assert.Contains("怎样找帮办", html);
        Assert.Matches("data-testid=\"figure-helpers\">3[0-9]<", html);
        Assert.Matches("data-testid=\"figure-resolved\">[1-9][0-9]*<", html);
        Assert.DoesNotContain("我的帮办员", html);
    }

    [Fact]
    public async Task The_demo_enterprise_sees_its_own_lead_helper_and_how_to_reach_them()
    {
        using var enterprise = await Accounts.ClientAsync(factory, PortalRoles.Enterprise);
        var html = WebUtility.HtmlDecode(await enterprise.GetStringAsync("/redhelp"));
        var card = html[html.IndexOf("data-testid=\"my-helper\"", StringComparison.Ordinal)..];
        Assert.Contains("办公电话", card);
        Assert.Matches("href=\"tel:0791-8[0-9]{7}\"", card);
        Assert.Contains("mailto:", card);
        Assert.Contains("的联系帮办员", card);
    }

    [Fact]
    public async Task Staff_assign_one_enterprise_and_the_history_records_it()
    {
        using var staff = await Accounts.ClientAsync(factory, PortalRoles.Staff);
        var board = await staff.GetStringAsync(Board);
        var enterpriseId = System.Text.RegularExpressions.Regex.Match(board, "name=\"enterpriseId\" value=\"(\\d+)\"").Groups[1].Value;
        var helpers = System.Text.RegularExpressions.Regex.Matches(board, "id=\"helper-" + enterpriseId + "\"[\\s\\S]*?</select>")[0].Value;
        var other = System.Text.RegularExpressions.Regex.Matches(helpers, "<option value=\"([^\"]+)\">").First().Groups[1].Value;
        var before = await RedHelpSql.CountAsync(factory, CountAssignments);

        var response = await Forms.PostAsync(staff, Board, new Dictionary<string, string>
        {
            ["enterpriseId"] = enterpriseId, ["helperUserId"] = other, ["returnUrl"] = Board,
        }, Board + "?handler=One");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(before + 1, await RedHelpSql.CountAsync(factory, CountAssignments));
        var after = WebUtility.HtmlDecode(await staff.GetStringAsync(Board));
        Assert.Contains("已为 1 家企业指派联系帮办员。", after);
        Assert.Contains("data-testid=\"assignment-history\"", after);
    }

    [Theory]
    [InlineData("Bulk", "bulkTown=&bulkSegment=&helperUserId=x", "请选择镇街园区或行业，批量指派不能覆盖全部企业。")]
    [InlineData("Bulk", "bulkSegment=nonsense&helperUserId=x", "请选择列表中的行业。")]
    [InlineData("Bulk", "bulkTown=abc&bulkSegment=dyeing&helperUserId=", "请选择一位在岗的帮办员。")]
    [InlineData("One", "enterpriseId=abc&helperUserId=x", "找不到这家已认证企业。")]
    [InlineData("One", "enterpriseId=999999&helperUserId=x", "找不到这家已认证企业。")]
    public async Task Bad_input_on_the_board_is_refused_with_a_message_and_saves_nothing(string handler, string fields, string message)
    {
        using var staff = await Accounts.ClientAsync(factory, PortalRoles.Staff);
        var before = await RedHelpSql.CountAsync(factory, CountAssignments);
        var pairs = fields.Split('&').Select(p => p.Split('=', 2)).Select(p => new KeyValuePair<string, string>(p[0], p[1]));

        var response = await Forms.PostAsync(staff, Board, pairs, $"{Board}?handler={handler}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        Assert.Equal(before, await RedHelpSql.CountAsync(factory, CountAssignments));
    }

    [Fact]
    public async Task Helpers_and_enterprises_cannot_open_the_board()
    {
        foreach (var role in new[] { PortalRoles.Helper, PortalRoles.Enterprise })
        {
            using var client = await Accounts.ClientAsync(factory, role);
            var response = await client.GetAsync(Board);
            Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        }
    }
}
