using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Portal.Modules.ServiceCenter;

/// <summary>
/// Page models are public (Razor needs them) while the module's services and DbContext are internal,
/// so pages resolve those from the request's services instead of taking them in a public constructor.
/// </summary>
internal static class HttpContextServices
{
    public static T Get<T>(this HttpContext context)
        where T : notnull => context.RequestServices.GetRequiredService<T>();
}
