using System.Net;
using System.Text.RegularExpressions;
using Portal.Core.Security;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests.RedHelp;

/// <summary>/redhelp/work/visits through the real form: a helper logs a visit; a missing enterprise or a junk date is refused clearly.</summary>
[Collection(WebCollection.Name)]
public sealed partial class RedHelpVisitPageTests(PortalFactory factory)
{
    private const string Visits = "/redhelp/work/visits";

    [Fact]
    public async Task A_helper_logs_a_visit_and_bad_input_is_refused_with_one_clear_message()
    {
        using var helper = await Accounts.ClientAsync(factory, PortalRoles.Helper);
        var enterpriseId = FirstOption().Match(await helper.GetStringAsync(Visits)).Groups[1].Value;
        const string count = "SELECT COUNT(*) AS \"Value\" FROM redhelp_visits";
        var before = await RedHelpSql.CountAsync(factory, count);

        var junk = await Forms.PostAsync(helper, Visits, Fields(enterpriseId, "明天"));
        var noEnterprise = await Forms.PostAsync(helper, Visits, Fields("", "2026-11-30"));

        Assert.Equal(HttpStatusCode.OK, junk.StatusCode);
        Assert.Contains("请检查填写的内容", WebUtility.HtmlDecode(await junk.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.OK, noEnterprise.StatusCode);
        Assert.Single(Regex.Matches(WebUtility.HtmlDecode(await noEnterprise.Content.ReadAsStringAsync()), "请选择您联系的企业。"));
        Assert.Equal(before, await RedHelpSql.CountAsync(factory, count));

        var saved = await Forms.PostAsync(helper, Visits, Fields(enterpriseId, "2026-11-30"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.StartsWith(Visits + "#visit-", saved.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(before + 1, await RedHelpSql.CountAsync(factory, count));
    }

    private static Dictionary<string, string> Fields(string enterpriseId, string date) => new()
    {
        ["EnterpriseId"] = enterpriseId, ["VisitedOn"] = date, ["Kind"] = "WithPolicies", ["Notes"] = "带去技改贴息政策，企业计划下月申报。",
    };

    [GeneratedRegex("<select id=\"EnterpriseId\"[^>]*>\\s*<option value=\"\">[^<]*</option>\\s*<option value=\"([0-9]+)\"")]
    private static partial Regex FirstOption();
}
