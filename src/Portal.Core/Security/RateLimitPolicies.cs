namespace Portal.Core.Security;

/// <summary>
/// Names of the host's rate-limit policies, so module pages can opt in with
/// <c>[EnableRateLimiting(RateLimitPolicies.PublicForms)]</c>. Only POSTs count.
/// </summary>
public static class RateLimitPolicies
{
    /// <summary>Log-in, registration, password reset: <c>Portal:RateLimits:AuthPerMinute</c> per client.</summary>
    public const string Auth = "auth";

    /// <summary>Public forms (requests, applications, sign-ups): <c>Portal:RateLimits:FormsPerMinute</c> per client.</summary>
    public const string PublicForms = "public-forms";
}
