using System.Net;
using System.Text.RegularExpressions;
using Portal.Core.Security;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests.RedHelp;

/// <summary>The roving service on the host with demo data: public list and session page, an enterprise's sign-up with a problem, staff scheduling, bad input.</summary>
[Collection(WebCollection.Name)]
public sealed partial class RedHelpRovingPageTests(PortalFactory factory)
{
    private const string CountSessions = "SELECT COUNT(*) AS \"Value\" FROM redhelp_roving_sessions";
    private const string CountSignups = "SELECT COUNT(*) AS \"Value\" FROM redhelp_roving_signups";

    private async Task<string> UpcomingAsync()
    {
        using var visitor = factory.CreatePortalClient();
        var html = await visitor.GetStringAsync("/redhelp/roving");
        return SessionLink().Match(html[html.IndexOf("id=\"upcoming\"", StringComparison.Ordinal)..]).Groups[1].Value;
    }

    [Fact]
    public async Task Visitors_see_the_schedule_and_unknown_sessions_answer_404()
    {
        using var visitor = factory.CreatePortalClient();
        var list = WebUtility.HtmlDecode(await visitor.GetStringAsync("/redhelp/roving"));
        Assert.Contains("data-testid=\"upcoming-session\"", list);
        Assert.Contains("往期回顾", list);
        var id = await UpcomingAsync();
        var session = WebUtility.HtmlDecode(await visitor.GetStringAsync($"/redhelp/roving/{id}"));
        Assert.Contains("已认证企业登录后即可报名。", session);
        Assert.Contains("合作银行", session);

        using var staff = await Accounts.ClientAsync(factory, PortalRoles.Staff);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/redhelp/roving/987654")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync("/admin/redhelp/roving/987654")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync("/admin/redhelp/roving/edit/987654")).StatusCode);
    }

    [Fact]
    public async Task The_demo_enterprise_signs_up_with_a_problem_that_becomes_a_demand_of_the_session()
    {
        var id = await UpcomingAsync();
        using var enterprise = await Accounts.ClientAsync(factory, PortalRoles.Enterprise);
        var before = await RedHelpSql.CountAsync(factory, $"SELECT COUNT(*) AS \"Value\" FROM redhelp_demands WHERE \"RovingSessionId\" = {id}");

        var bad = await Forms.PostAsync(enterprise, $"/redhelp/roving/{id}", new Dictionary<string, string> { ["Problem"] = "融资", ["Category"] = "nonsense" });
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("请选择问题的类别。", WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync()));

        var response = await Forms.PostAsync(enterprise, $"/redhelp/roving/{id}", new Dictionary<string, string>
        {
            ["Problem"] = "想了解技改补贴申报条件，以及设备融资租赁的贴息政策。", ["Category"] = "Financing",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = WebUtility.HtmlDecode(await enterprise.GetStringAsync($"/redhelp/roving/{id}"));
        Assert.Contains("data-testid=\"signed-up\"", page);
        Assert.Contains("您的问题已登记为需求", page);
        Assert.Equal(before + 1, await RedHelpSql.CountAsync(factory, $"SELECT COUNT(*) AS \"Value\" FROM redhelp_demands WHERE \"RovingSessionId\" = {id}"));

        using var staff = await Accounts.ClientAsync(factory, PortalRoles.Staff);
        var admin = WebUtility.HtmlDecode(await staff.GetStringAsync($"/admin/redhelp/roving/{id}"));
        Assert.Contains("想了解技改补贴申报条件", admin);
        Assert.Contains("data-testid=\"session-demand-list\"", admin);
    }

    [Fact]
    public async Task A_visitor_posting_a_sign_up_is_sent_to_log_in_and_nothing_is_saved()
    {
        var id = await UpcomingAsync();
        using var visitor = factory.CreatePortalClient();
        var before = await RedHelpSql.CountAsync(factory, CountSignups);
        var response = await Forms.PostAnywayAsync(visitor, "/account/login", [], $"/redhelp/roving/{id}");
        Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found, $"{(int)response.StatusCode}");
        Assert.Contains("/account/login", response.Headers.Location?.ToString());
        Assert.Equal(before, await RedHelpSql.CountAsync(factory, CountSignups));
    }

    [Fact]
    public async Task Staff_schedule_a_session_and_bad_input_is_refused_with_a_message()
    {
        using var staff = await Accounts.ClientAsync(factory, PortalRoles.Staff);
        var good = new Dictionary<string, string>
        {
            ["Date"] = "2027-03-16", ["Time"] = "14:00", ["Place"] = "昌东工业园党群服务站", ["Units"] = "区工信局\r\n区人社局", ["Topics"] = "用工\r\n培训", ["Capacity"] = "30",
        };
        var before = await RedHelpSql.CountAsync(factory, CountSessions);
        var cases = new (string Field, string Value, string Message)[]
        {
            ("Capacity", "abc", "请检查日期、时间和名额的格式。"),
            ("Capacity", "0", "名额应为 1 到 500 之间的整数。"),
            ("Date", "2027-02-30", "请检查日期、时间和名额的格式。"),
            ("Place", "", "请填写地点（200 字以内）。"),
            ("Units", "\r\n", "请填写参加单位，每行一个（共 2000 字以内）。"),
        };
        foreach (var (field, value, message) in cases)
        {
            var response = await Forms.PostAsync(staff, "/admin/redhelp/roving/edit", new Dictionary<string, string>(good) { [field] = value });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains(message, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        }

        Assert.Equal(before, await RedHelpSql.CountAsync(factory, CountSessions));
        var saved = await Forms.PostAsync(staff, "/admin/redhelp/roving/edit", good);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(before + 1, await RedHelpSql.CountAsync(factory, CountSessions));
        var page = WebUtility.HtmlDecode(await staff.GetStringAsync(saved.Headers.Location!.ToString()));
        Assert.Contains("2027-03-16 14:00", page);
        Assert.Contains("区工信局、区人社局", page);
    }

    [GeneratedRegex("href=\"/redhelp/roving/(\\d+)\"")]
    private static partial Regex SessionLink();
}
