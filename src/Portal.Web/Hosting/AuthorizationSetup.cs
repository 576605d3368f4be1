using Portal.Core.Modules;
using Portal.Core.Security;

namespace Portal.Web.Hosting;

internal static class AuthorizationSetup
{
    /// <summary>
    /// One policy per permission: the user must hold the permission claim, which the cookie carries
    /// from the user's roles (role claims, seeded with each permission's default roles).
    /// </summary>
    public static IServiceCollection AddPortalAuthorization(this IServiceCollection services, IEnumerable<Permission> permissions)
    {
        var builder = services.AddAuthorizationBuilder();
        builder.AddPolicy(CorePermissions.SignedIn, p => p.RequireAuthenticatedUser());
        foreach (var permission in permissions)
        {
            builder.AddPolicy(permission.Name, p => p.RequireAuthenticatedUser().RequireClaim(Permission.ClaimType, permission.Name));
        }

        return services;
    }
}
