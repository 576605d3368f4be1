using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Portal.Web.Hosting;

/// <summary>
/// The start-up check: every endpoint is public on purpose ([AllowAnonymous]) or guarded
/// ([Authorize] with a policy or a signed-in requirement). The host refuses to start otherwise.
/// </summary>
public static class PageGuard
{
    public static IReadOnlyList<string> FindUnguarded(IEnumerable<Endpoint> endpoints) =>
        endpoints
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null && !e.Metadata.GetOrderedMetadata<IAuthorizeData>().Any())
            .Select(Describe)
            .Distinct()
            .Order()
            .ToList();

    public static void EnsureAllGuarded(IEndpointRouteBuilder app)
    {
        var unguarded = FindUnguarded(app.DataSources.SelectMany(d => d.Endpoints));
        if (unguarded.Count > 0)
        {
            throw new InvalidOperationException(
                "These endpoints are neither public on purpose ([AllowAnonymous]) nor guarded by a permission: "
                + string.Join(", ", unguarded));
        }
    }

    private static string Describe(Endpoint endpoint) =>
        endpoint.Metadata.GetMetadata<PageActionDescriptor>()?.ViewEnginePath
        ?? (endpoint as RouteEndpoint)?.RoutePattern.RawText
        ?? endpoint.DisplayName
        ?? "?";
}
