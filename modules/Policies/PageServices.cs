using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;

namespace Portal.Modules.Policies;

/// <summary>
/// Page models are public (Razor requires it) and so cannot take the module's internal services through their
/// constructor; they ask the request's scope for them instead, which is the same scoped instance.
/// </summary>
internal static class PageServices
{
    public static T Service<T>(this PageModel page)
        where T : notnull => page.HttpContext.RequestServices.GetRequiredService<T>();
}
