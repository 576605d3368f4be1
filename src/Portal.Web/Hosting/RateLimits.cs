using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Portal.Web.Hosting;

/// <summary>Per-client limits on log-in, registration and public forms; over the limit a Chinese 429 page.</summary>
public static class RateLimits
{
    public const string Auth = Core.Security.RateLimitPolicies.Auth;
    public const string PublicForms = Core.Security.RateLimitPolicies.PublicForms;

    public static IServiceCollection AddPortalRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var authPerMinute = configuration.GetValue("Portal:RateLimits:AuthPerMinute", 20);
        var formsPerMinute = configuration.GetValue("Portal:RateLimits:FormsPerMinute", 30);
        return services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(Auth, context => Window(context, authPerMinute));
            options.AddPolicy(PublicForms, context => Window(context, formsPerMinute));
        });
    }

    /// <summary>Only POSTs count: reading the form is free, submitting it is limited.</summary>
    private static RateLimitPartition<string> Window(HttpContext context, int permits) =>
        HttpMethods.IsPost(context.Request.Method)
            ? RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
            : RateLimitPartition.GetNoLimiter("read");
}
