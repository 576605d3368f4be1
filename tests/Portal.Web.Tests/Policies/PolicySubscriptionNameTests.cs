using System.Net;
using System.Text.RegularExpressions;
using Portal.Core.Security;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests.Policies;

/// <summary>
/// A subscription's name on the real host: typed in the follow form on /policies, shown and renamed on
/// /my/policies/subscriptions; blank goes back to the filter in words; too long is a Chinese message and changes nothing.
/// </summary>
[Collection(WebCollection.Name)]
public sealed partial class PolicySubscriptionNameTests(PortalFactory factory)
{
    private const string Filtered = "/policies?segment=garment&type=grant";
    private const string Manage = "/my/policies/subscriptions";
    private const string Rename = Manage + "?handler=Rename";

    [Fact]
    public async Task An_enterprise_names_a_subscription_when_following_and_renames_it()
    {
        using var enterprise = await Accounts.ClientAsync(factory, PortalRoles.Enterprise);
        Assert.Contains("name=\"name\"", await enterprise.GetStringAsync(Filtered));
        var followed = await Forms.PostAsync(
            enterprise, Filtered, [new("filter", "segment=garment&type=grant"), new("frequency", "Immediate"), new("name", " 制衣奖励 ")], Manage + "?handler=Follow");
        Assert.Equal(HttpStatusCode.Redirect, followed.StatusCode);
        var html = await enterprise.GetStringAsync(Manage);
        var id = IdOf().Match(html).Groups[1].Value;
        try
        {
            Assert.Contains("value=\"制衣奖励\"", html);

            var before = await DatabaseSnapshot.TakeAsync(factory);
            var tooLong = await Forms.PostAsync(enterprise, Manage, [new("id", id), new("name", new string('纺', 41))], Rename);
            Assert.Equal(HttpStatusCode.OK, tooLong.StatusCode);
            Assert.Contains("订阅名称不能超过 40 个字。", await tooLong.Content.ReadAsStringAsync());
            Assert.Equal(before, await DatabaseSnapshot.TakeAsync(factory));

            var renamed = await Forms.PostAsync(enterprise, Manage, [new("id", id), new("name", "针纺资金")], Rename);
            Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
            html = await enterprise.GetStringAsync(renamed.Headers.Location!.OriginalString);
            Assert.Contains("订阅名称已保存。", html);
            Assert.Contains("value=\"针纺资金\"", html);

            Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(enterprise, Manage, [new("id", id), new("name", "  ")], Rename)).StatusCode);
            html = await enterprise.GetStringAsync(Manage);
            Assert.DoesNotContain("针纺资金", html);
            Assert.Contains("placeholder=\"支持方式：资金奖励 · 行业：制衣\"", html); // blank: the filter in words again
        }
        finally
        {
            await Forms.PostAsync(enterprise, Manage, [new("id", id)], Manage + "?handler=Delete");
        }
    }

    [GeneratedRegex("name=\"id\" value=\"(\\d+)\"")]
    private static partial Regex IdOf();
}
