using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Security;
using Portal.Web.Hosting;

namespace Portal.Web.Tests.Infrastructure;

/// <summary>A page the app maps, reachable without route values, and who may open it according to its attributes.</summary>
public sealed record PageUnderTest(string Path, bool IsPublic, IReadOnlyList<IAuthorizeData> Guards);

public static class PageAccess
{
    /// <summary>Every Razor page route without required parameters, read from the running app's endpoints.</summary>
    public static IReadOnlyList<PageUnderTest> Pages(IServiceProvider services) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null)
            .Where(e => e.RoutePattern.Parameters.All(p => p.IsOptional || p.Default is not null))
            .Select(e => new PageUnderTest(
                PathOf(e),
                e.Metadata.GetMetadata<IAllowAnonymous>() is not null,
                e.Metadata.GetOrderedMetadata<IAuthorizeData>().ToList()))
            .GroupBy(p => p.Path)
            .Select(g => g.First())
            .OrderBy(p => p.Path, StringComparer.Ordinal)
            .ToList();

    /// <summary>Whether the demo account of <paramref name="role"/> passes every guard, given the default role permissions.</summary>
    public static bool RoleMayOpen(PageUnderTest page, string role, PermissionRegistry permissions) =>
        page.IsPublic || page.Guards.All(guard => RolePasses(guard, role, permissions));

    private static bool RolePasses(IAuthorizeData guard, string role, PermissionRegistry permissions)
    {
        if (!string.IsNullOrEmpty(guard.Roles) && !guard.Roles.Split(',').Select(r => r.Trim()).Contains(role))
        {
            return false;
        }

        if (string.IsNullOrEmpty(guard.Policy) || guard.Policy == CorePermissions.SignedIn)
        {
            return true;
        }

        var permission = permissions.All.SingleOrDefault(p => p.Name == guard.Policy)
            ?? throw new Xunit.Sdk.XunitException($"[Authorize(Policy = \"{guard.Policy}\")] names no known permission");
        return role == PortalRoles.Admin || permission.DefaultRoles.Contains(role);
    }

    /// <summary>"/error/{code:int?}" is opened as "/error": optional segments are left out.</summary>
    private static string PathOf(RouteEndpoint endpoint)
    {
        var segments = endpoint.RoutePattern.PathSegments
            .Where(s => s.Parts.All(p => p is Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart))
            .Select(s => string.Concat(s.Parts.Cast<Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart>().Select(p => p.Content)));
        return ("/" + string.Join("/", segments)).ToLowerInvariant();
    }
}
