using System.Net;
using System.Text.RegularExpressions;
using Portal.Core.Security;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests.Policies;

/// <summary>
/// /my/policies on the real host: the verified demo enterprise sees the open policies it meets, each with reasons and,
/// where the window closes, the days left; 免申即享 is marked; a policy for everyone is among them, one for another
/// segment only is not; an enterprise user with no enterprise gets an explanation; visitors must log in.
/// </summary>
[Collection(WebCollection.Name)]
public sealed partial class MyPoliciesPageTests(PortalFactory factory)
{
    [Fact]
    public async Task The_verified_enterprise_sees_its_matches_with_reasons_and_days_left()
    {
        using var enterprise = await Accounts.ClientAsync(factory, PortalRoles.Enterprise);
        var html = await enterprise.GetStringAsync("/my/policies");

        var matches = Match().Matches(html).Select(m => m.Value).ToList();
        Assert.NotEmpty(matches);
        Assert.All(matches, m => Assert.Matches("data-testid=\"match-reasons\">\\s*<li>", m));
        var free = Assert.Single(matches, m => m.Contains("失业保险稳岗返还", StringComparison.Ordinal)); // 免申即享, for everyone
        Assert.Contains("data-testid=\"free-badge\"", free);
        Assert.Contains("不限行业", free);
        Assert.Contains(matches, m => DaysLeft().IsMatch(m));

        var open = int.Parse(Total().Match(await enterprise.GetStringAsync("/policies?window=open")).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(matches.Count, 1, open - 1); // some open policies are for other segments or sizes
        Assert.Contains("/my/policies", await enterprise.GetStringAsync("/my"));
    }

    [Fact]
    public async Task An_enterprise_user_without_an_enterprise_is_told_why_and_visitors_must_log_in()
    {
        var (client, _) = await TestUsers.SignedInAsync(factory, PortalRoles.Enterprise);
        using (client)
        {
            var html = await client.GetStringAsync("/my/policies");
            Assert.Contains("data-testid=\"no-enterprise\"", html);
            Assert.DoesNotContain("data-testid=\"policy-match\"", html);
        }

        using var visitor = factory.CreatePortalClient();
        var response = await visitor.GetAsync("/my/policies");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains(Accounts.LoginPath, response.Headers.Location!.OriginalString, StringComparison.OrdinalIgnoreCase);
    }

    [GeneratedRegex("<li class=\"card mb-3\" data-testid=\"policy-match\">.*?</ul>\\s*</div>\\s*</li>", RegexOptions.Singleline)]
    private static partial Regex Match();

    [GeneratedRegex("还剩 \\d+ 天")]
    private static partial Regex DaysLeft();

    [GeneratedRegex("data-testid=\"policy-total\">共 (\\d+) 条")]
    private static partial Regex Total();
}
