using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Security;
using Portal.Web.Hosting;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests;

/// <summary>
/// Every page against every role: anonymous visitors and the four demo accounts. What each may open
/// is derived from the page's own attributes and the permissions' default roles; the answers must be
/// 200 (allowed), 302 to the login page (anonymous on a guarded page) or 403 (signed in, no permission),
/// and never a server error.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class AccessMatrixTests(PortalFactory factory)
{
    public static TheoryData<string> Roles => ["Anonymous", PortalRoles.Enterprise, PortalRoles.Helper, PortalRoles.Staff, PortalRoles.Admin];

    private static string? RoleOrNull(string role) => role == "Anonymous" ? null : role;

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Every_page_answers_as_its_guard_says(string roleName)
    {
        var role = RoleOrNull(roleName);
        using var client = await Accounts.ClientAsync(factory, role);
        var permissions = factory.Services.GetRequiredService<PermissionRegistry>();

        // Pages whose status is the error they describe are left out: /error alone describes a 500,
        // /account/access-denied answers 403 to everybody. Both have tests of their own.
        var pages = PageAccess.Pages(factory.Services).Where(p => !DescribesAnError(p.Path)).ToList();
        Assert.Contains(pages, p => p.Path == "/");
        Assert.Contains(pages, p => p.Path == "/admin");

        var failures = new List<string>();
        foreach (var page in pages)
        {
            var response = await client.GetAsync(page.Path);
            var outcome = Describe(response);
            // A public page may itself send a visitor to log in (the two-factor step without a pending log-in does).
            var expected = page.IsPublic ? ["open", "login"]
                : role is null ? ["login"]
                : PageAccess.RoleMayOpen(page, role, permissions) ? ["open"] : new[] { "forbidden" };
            if (!expected.Contains(Classify(response)))
            {
                failures.Add($"{page.Path}: expected {string.Join(" or ", expected)}, got {outcome}");
            }
        }

        Assert.True(failures.Count == 0, $"As {roleName}:\n" + string.Join("\n", failures));
    }

    [Theory]
    [InlineData("Anonymous", "/admin", "login")]
    [InlineData("Anonymous", "/admin/jobs", "login")]
    [InlineData(PortalRoles.Enterprise, "/admin", "forbidden")]
    [InlineData(PortalRoles.Enterprise, "/admin/jobs", "forbidden")]
    [InlineData(PortalRoles.Helper, "/admin", "forbidden")]
    [InlineData(PortalRoles.Helper, "/admin/jobs", "forbidden")]
    [InlineData(PortalRoles.Staff, "/admin", "open")]
    [InlineData(PortalRoles.Staff, "/admin/jobs", "forbidden")]
    [InlineData(PortalRoles.Staff, "/admin/expo", "open")]
    [InlineData(PortalRoles.Enterprise, "/admin/expo", "forbidden")]
    [InlineData(PortalRoles.Admin, "/admin", "open")]
    [InlineData(PortalRoles.Admin, "/admin/jobs", "open")]
    [InlineData(PortalRoles.Admin, "/admin/redhelp", "open")]
    public async Task The_back_office_and_the_job_dashboard_are_for_the_right_people(string roleName, string path, string expected)
    {
        using var client = await Accounts.ClientAsync(factory, RoleOrNull(roleName));
        var response = await client.GetAsync(path);
        Assert.True(Classify(response) == expected, $"{roleName} on {path}: expected {expected}, got {Describe(response)}");
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_the_login_page_with_their_way_back()
    {
        using var client = factory.CreatePortalClient();
        var response = await client.GetAsync("/admin/expo");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = new Uri(new Uri("http://localhost"), response.Headers.Location!);
        Assert.Equal("localhost", location.Host);
        Assert.Equal(Accounts.LoginPath, location.AbsolutePath);
        Assert.Equal("?ReturnUrl=%2Fadmin%2Fexpo", location.Query);
    }

    [Theory]
    [InlineData("Anonymous")]
    [InlineData(PortalRoles.Enterprise)]
    public async Task The_access_denied_page_answers_403_in_Chinese(string roleName)
    {
        using var client = await Accounts.ClientAsync(factory, RoleOrNull(roleName));
        var response = await client.GetAsync("/account/access-denied");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("没有权限", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task A_signed_in_user_without_the_permission_gets_the_Chinese_403_page()
    {
        using var client = await Accounts.ClientAsync(factory, PortalRoles.Enterprise);
        var response = await client.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("没有权限", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    private static bool DescribesAnError(string path) =>
        path.StartsWith("/error", StringComparison.Ordinal) || path == "/account/access-denied";

    /// <summary>open: 200, or a redirect to another local page (the language switch's GET goes home); login; forbidden: 403.</summary>
    private static string Classify(HttpResponseMessage response)
    {
        var location = response.Headers.Location?.OriginalString ?? "";
        return (int)response.StatusCode switch
        {
            200 => "open",
            302 when IsLogin(location) => "login",
            302 when location.StartsWith('/') && !location.StartsWith("//", StringComparison.Ordinal) => "open",
            403 => "forbidden",
            _ => Describe(response),
        };
    }

    private static bool IsLogin(string location) =>
        location.StartsWith(Accounts.LoginPath, StringComparison.OrdinalIgnoreCase)
        || location.Contains("://localhost" + Accounts.LoginPath, StringComparison.OrdinalIgnoreCase);

    private static string Describe(HttpResponseMessage response) =>
        $"{(int)response.StatusCode}{(response.Headers.Location is { } l ? " → " + l.OriginalString : "")}";
}
