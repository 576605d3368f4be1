using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Modules.RedHelp.Demands;
using Portal.Modules.RedHelp.Visits;

namespace Portal.Modules.RedHelp.Areas.RedHelp.Pages.Work;

/// <summary>/redhelp/work: the helper's open demands (due and overdue), the follow-up list and the enterprises due a visit.</summary>
[Authorize(Policy = RedHelpPermissions.Work)]
public sealed class IndexModel : PageModel
{
    internal IReadOnlyList<DemandRow> Open { get; private set; } = [];

    internal IReadOnlyList<DemandRow> FollowUps { get; private set; } = [];

    internal IReadOnlyList<CoverageRow> DueVisits { get; private set; } = [];

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        var viewer = await this.Service<DemandViewers>().ForAsync(User, ct);
        var queries = this.Service<DemandQueries>();
        Open = await queries.WorkAsync(viewer, ct);
        FollowUps = await queries.FollowUpsAsync(viewer, ct);
        DueVisits = await this.Service<VisitService>().DueAsync(viewer, ct);
        return Page();
    }
}
