using System.Net;
using Portal.Core.Security;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests;

/// <summary>
/// Outside demo mode an administrator or staff member without two-factor is sent from the back office
/// to the set-up page; after turning on TOTP with a code computed from the key the page shows, the
/// back office opens. Other roles are not asked.
/// </summary>
public sealed class TwoFactorRequirementTests(ProductionPortalFactory factory) : IClassFixture<ProductionPortalFactory>
{
    private const string Required = "/my/two-factor?required=true";

    [Theory]
    [InlineData(PortalRoles.Admin, "/admin")]
    [InlineData(PortalRoles.Admin, "/admin/jobs")]
    [InlineData(PortalRoles.Admin, "/admin/users")]
    [InlineData(PortalRoles.Staff, "/admin")]
    [InlineData(PortalRoles.Staff, "/admin/enterprises")]
    public async Task Without_two_factor_the_back_office_sends_to_the_set_up_page_and_opens_once_it_is_on(string role, string path)
    {
        var (signedIn, email) = await TestUsers.SignedInAsync(factory, role);
        using var client = signedIn;

        var refused = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Equal(Required, refused.Headers.Location!.OriginalString);

        var setUp = await client.GetStringAsync(Required);
        Assert.Contains("data-testid=\"two-factor-required\"", setUp);
        Assert.Contains("必须先开启两步验证", WebUtility.HtmlDecode(setUp));

        await TwoFactor.EnableAsync(client, setUp);

        var opened = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        Assert.True(await TestUsers.WithUsersAsync(factory, async users => (await users.FindByEmailAsync(email))!.TwoFactorEnabled));
    }

    [Fact]
    public async Task A_wrong_code_does_not_turn_two_factor_on_and_the_back_office_stays_closed()
    {
        using var client = (await TestUsers.SignedInAsync(factory, PortalRoles.Admin)).Client;
        var setUp = await client.GetStringAsync(Required);
        var right = Totp.Code(TwoFactor.SharedKey(setUp), DateTimeOffset.UtcNow);
        var wrong = ((int.Parse(right, System.Globalization.CultureInfo.InvariantCulture) + 500_000) % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);

        var response = await Forms.PostAsync(client, Required, new Dictionary<string, string> { ["Input.Code"] = wrong }, TwoFactor.EnableAction);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("验证码不正确", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        Assert.Equal(Required, (await client.GetAsync("/admin")).Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData(PortalRoles.Enterprise, "/my")]
    [InlineData(PortalRoles.Helper, "/my")]
    public async Task Other_roles_are_not_asked_for_two_factor(string role, string path)
    {
        using var client = (await TestUsers.SignedInAsync(factory, role)).Client;
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/admin")).StatusCode);
    }
}

/// <summary>In demo mode the demo administrator and staff member use the back office without two-factor.</summary>
[Collection(WebCollection.Name)]
public sealed class DemoModeTwoFactorTests(PortalFactory factory)
{
    [Theory]
    [InlineData(PortalRoles.Admin)]
    [InlineData(PortalRoles.Staff)]
    public async Task Demo_mode_does_not_require_two_factor(string role)
    {
        using var client = await Accounts.ClientAsync(factory, role);
        Assert.False(await TestUsers.WithUsersAsync(factory, async users => (await users.FindByEmailAsync(Accounts.DemoEmail(role)))!.TwoFactorEnabled));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin")).StatusCode);
    }
}
