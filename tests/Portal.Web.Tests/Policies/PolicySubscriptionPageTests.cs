using System.Net;
using Portal.Core.Security;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests.Policies;

/// <summary>
/// The subscription pages on the real host: an enterprise user sees "订阅此筛选" on a filtered /policies, follows it
/// (antiforgery POST), finds it on /my/policies/subscriptions and deletes it; visitors see no form; the public
/// unsubscribe page answers a forged or missing token with a clear Chinese message on GET and POST, never a 500.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class PolicySubscriptionPageTests(PortalFactory factory)
{
    private const string Filtered = "/policies?segment=garment&type=grant";
    private const string Manage = "/my/policies/subscriptions";

    [Fact]
    public async Task An_enterprise_follows_the_current_filter_and_deletes_it_and_visitors_see_no_form()
    {
        using var visitor = factory.CreatePortalClient();
        Assert.DoesNotContain("data-testid=\"follow-filter\"", await visitor.GetStringAsync(Filtered));

        using var enterprise = await Accounts.ClientAsync(factory, PortalRoles.Enterprise);
        Assert.DoesNotContain("data-testid=\"follow-filter\"", await enterprise.GetStringAsync("/policies")); // nothing to follow
        Assert.Contains("data-testid=\"follow-filter\"", await enterprise.GetStringAsync(Filtered));
        Assert.Contains(Manage, await enterprise.GetStringAsync("/my/policies"));

        var followed = await Forms.PostAsync(
            enterprise, Filtered, [new("filter", "segment=garment&type=grant"), new("frequency", "Daily")], Manage + "?handler=Follow");
        Assert.Equal(HttpStatusCode.Redirect, followed.StatusCode);
        var html = await enterprise.GetStringAsync(followed.Headers.Location!.OriginalString);
        Assert.Contains("data-testid=\"subscription-message\"", html);
        Assert.Contains("type=grant&segment=garment", WebUtility.HtmlDecode(html));
        Assert.Contains("每日摘要", html);
        Assert.Contains(">支持方式：资金奖励 · 行业：制衣</a>", html); // the filter in words
        Assert.Contains(">Type of support: Grant · Segment: Garment</a>", await enterprise.GetStringAsync(Manage + "?culture=en"));

        var junk = await Forms.PostAsync(enterprise, Filtered, [new("filter", ""), new("frequency", "Immediate")], Manage + "?handler=Follow");
        Assert.Equal(HttpStatusCode.OK, junk.StatusCode);
        Assert.Contains("请先在政策查找中设置筛选条件", await junk.Content.ReadAsStringAsync());

        var id = System.Text.RegularExpressions.Regex.Match(html, "name=\"id\" value=\"(\\d+)\"").Groups[1].Value;
        var deleted = await Forms.PostAsync(enterprise, Manage, [new("id", id)], Manage + "?handler=Delete");
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Contains("data-testid=\"no-subscriptions\"", await enterprise.GetStringAsync(Manage));
    }

    [Theory]
    [InlineData("")]
    [InlineData("?token=forged")]
    [InlineData("?token=CfDJ8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public async Task A_forged_unsubscribe_token_gets_a_clear_message(string query)
    {
        using var visitor = factory.CreatePortalClient();
        var page = await visitor.GetAsync("/policies/unsubscribe" + query);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("退订链接无效或已损坏", html);
        Assert.DoesNotContain("确认退订</button>", html);

        var posted = await Forms.PostAnywayAsync(visitor, "/policies/unsubscribe" + query, [new("token", "forged")], "/policies/unsubscribe");
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Contains("退订链接无效或已损坏", await posted.Content.ReadAsStringAsync());
    }
}
