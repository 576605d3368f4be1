using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Core.Enterprises;
using Portal.Modules.Policies.Matching;

namespace Portal.Modules.Policies.Areas.Policies.Pages.My;

/// <summary>/my/policies: for a verified enterprise, the open policies its profile meets with the reasons and days left; otherwise why not.</summary>
[Authorize(Policy = PoliciesPermissions.Match)]
public sealed class IndexModel(IEnterpriseDirectory enterprises) : PageModel
{
    public EnterpriseProfile? Enterprise { get; private set; }

    internal IReadOnlyList<PolicyMatch> Matches { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Enterprise = await enterprises.FindByOwnerAsync(User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "", cancellationToken);
        if (Enterprise is { Verification: VerificationState.Verified })
        {
            Matches = await this.Service<PolicyMatches>().ForAsync(Enterprise, cancellationToken);
        }
    }
}
