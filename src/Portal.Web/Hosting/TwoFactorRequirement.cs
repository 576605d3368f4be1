using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Portal.Core;
using Portal.Core.Identity;
using Portal.Core.Security;

namespace Portal.Web.Hosting;

/// <summary>
/// Outside demo mode, administrators and staff must turn on two-factor authentication before they
/// use the back office; until then /admin sends them to the set-up page.
/// </summary>
internal sealed class TwoFactorRequirement(RequestDelegate next, IOptions<PortalOptions> portal)
{
    public const string SetupPath = "/my/two-factor";

    public async Task InvokeAsync(HttpContext context, UserManager<PortalUser> users)
    {
        if (!portal.Value.DemoData
            && context.Request.Path.StartsWithSegments("/admin")
            && context.User.Identity?.IsAuthenticated == true
            && (context.User.IsInRole(PortalRoles.Admin) || context.User.IsInRole(PortalRoles.Staff))
            && await users.GetUserAsync(context.User) is { TwoFactorEnabled: false })
        {
            context.Response.Redirect(SetupPath + "?required=true");
            return;
        }

        await next(context);
    }
}
