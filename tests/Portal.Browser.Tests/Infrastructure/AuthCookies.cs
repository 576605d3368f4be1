using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Portal.Core.Identity;
using Cookie = Microsoft.Playwright.Cookie;

namespace Portal.Browser.Tests.Infrastructure;

/// <summary>
/// Signs a browser in without going through the login form: the app's own SignInManager builds the
/// principal and the app's own cookie options protect the ticket, so the app reads it like any
/// cookie it issued. Used by tests that are about a page, not about logging in; the login form
/// itself is driven by the end-to-end tests.
/// </summary>
internal static class AuthCookies
{
    public static async Task<IEnumerable<Cookie>> ForAsync(IServiceProvider services, string email, string baseUrl)
    {
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        var users = provider.GetRequiredService<UserManager<PortalUser>>();
        var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"No user {email}.");
        var principal = await provider.GetRequiredService<SignInManager<PortalUser>>().CreateUserPrincipalAsync(user);

        var options = provider.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(IdentityConstants.ApplicationScheme);
        var properties = new AuthenticationProperties { IssuedUtc = DateTimeOffset.UtcNow, ExpiresUtc = DateTimeOffset.UtcNow.Add(options.ExpireTimeSpan) };
        var ticket = new AuthenticationTicket(principal, properties, IdentityConstants.ApplicationScheme);
        var value = options.TicketDataFormat.Protect(ticket);

        // Let the app's cookie manager split a large ticket into chunks exactly as it would.
        var http = new DefaultHttpContext { RequestServices = provider };
        options.CookieManager.AppendResponseCookie(http, options.Cookie.Name!, value, new CookieOptions { Path = "/", HttpOnly = true });
        return SetCookieHeaderValue.ParseList(http.Response.Headers.SetCookie.Select(h => h ?? "").ToList())
            .Select(c => new Cookie
            {
                Name = c.Name.Value!,
                Value = c.Value.Value!,
                Url = baseUrl,
                HttpOnly = true,
                SameSite = Microsoft.Playwright.SameSiteAttribute.Lax,
            })
            .ToList();
    }
}
