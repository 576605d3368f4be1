using System.Security.Claims;
using Portal.Core.Enterprises;

namespace Portal.Modules.ServiceCenter.Areas.ServiceCenter.Pages.My;

internal static class MyEnterprise
{
    /// <summary>The signed-in user's enterprise when staff have verified it; null otherwise (the page then says why).</summary>
    public static async Task<EnterpriseProfile?> VerifiedAsync(this IEnterpriseDirectory enterprises, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        var enterprise = userId is null ? null : await enterprises.FindByOwnerAsync(userId, cancellationToken);
        return enterprise is { Verification: VerificationState.Verified } ? enterprise : null;
    }
}
