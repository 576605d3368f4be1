using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Core.Enterprises;
using Portal.Modules.RedHelp.Demands;

namespace Portal.Modules.RedHelp.Areas.RedHelp.Pages.My.Demands;

/// <summary>/my/demands: the enterprise's own demands, newest first.</summary>
[Authorize(Policy = RedHelpPermissions.Order)]
public sealed class IndexModel(IEnterpriseDirectory enterprises) : PageModel
{
    internal IReadOnlyList<DemandRow> Rows { get; private set; } = [];

    public bool CanSubmit { get; private set; }

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var viewer = await this.Service<DemandViewers>().ForAsync(User, HttpContext.RequestAborted);
        Rows = await this.Service<DemandQueries>().OfEnterpriseAsync(viewer, HttpContext.RequestAborted);
        CanSubmit = viewer.EnterpriseId is { } id
            && await enterprises.FindAsync(id, HttpContext.RequestAborted) is { Verification: VerificationState.Verified };
        return Page();
    }
}
