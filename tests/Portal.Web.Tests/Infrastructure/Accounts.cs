using System.Net;
using Portal.Core.DemoData;
using Portal.Core.Security;

namespace Portal.Web.Tests.Infrastructure;

/// <summary>Signs in through the real login page (/account/login, fields Input.Email and Input.Password).</summary>
public static class Accounts
{
    public const string LoginPath = "/account/login";

    public static string DemoEmail(string role) => DemoAccounts.All.Single(a => a.Role == role).Email;

    /// <summary>A client signed in as the demo account of <paramref name="role"/>; null role means anonymous.</summary>
    public static async Task<HttpClient> ClientAsync(PortalFactory factory, string? role)
    {
        var client = factory.CreatePortalClient();
        if (role is not null)
        {
            await LoginAsync(client, DemoEmail(role), DemoAccounts.Password);
        }

        return client;
    }

    public static async Task LoginAsync(HttpClient client, string email, string password)
    {
        var response = await Forms.PostAsync(client, LoginPath, new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });
        var location = response.Headers.Location?.OriginalString ?? "";
        if (response.StatusCode != HttpStatusCode.Redirect || location.StartsWith(LoginPath, StringComparison.OrdinalIgnoreCase))
        {
            throw new Xunit.Sdk.XunitException(
                $"Signing in as {email} did not succeed: {(int)response.StatusCode} {location}");
        }
    }

    public static readonly string?[] AllRoles = [null, PortalRoles.Enterprise, PortalRoles.Helper, PortalRoles.Staff, PortalRoles.Admin];
}
