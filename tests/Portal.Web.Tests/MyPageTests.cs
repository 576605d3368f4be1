using Portal.Core.Security;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests;

/// <summary>/my lists the modules' "my" entries (NavMenu.My) that the user may use, and no others.</summary>
[Collection(WebCollection.Name)]
public sealed class MyPageTests(PortalFactory factory)
{
    [Fact]
    public async Task An_enterprise_user_finds_the_enterprise_services_on_their_page()
    {
        using var client = await Accounts.ClientAsync(factory, PortalRoles.Enterprise);
        var html = await client.GetStringAsync("/my");
        Assert.Contains("data-testid=\"my-services\"", html);
        Assert.Contains("href=\"/my/showcase\"", html);
        Assert.Contains("href=\"/my/appointments\"", html);
    }

    [Fact]
    public async Task A_helper_does_not_see_the_enterprise_only_entries()
    {
        using var client = await Accounts.ClientAsync(factory, PortalRoles.Helper);
        var html = await client.GetStringAsync("/my");
        Assert.DoesNotContain("href=\"/my/showcase\"", html);
        Assert.Contains("href=\"/my/appointments\"", html);
    }
}
