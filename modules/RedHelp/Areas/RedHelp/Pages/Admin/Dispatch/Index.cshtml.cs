using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Modules.RedHelp.Demands;
using Portal.Modules.RedHelp.Domain;

namespace Portal.Modules.RedHelp.Areas.RedHelp.Pages.Admin.Dispatch;

/// <summary>/admin/redhelp/dispatch: the demand pool by state (the queue of submitted demands first) and the shared problems of chain segments.</summary>
[Authorize(Policy = RedHelpPermissions.Manage)]
public sealed class IndexModel : PageModel
{
    public static readonly IReadOnlyList<DemandState> States =
        [DemandState.Submitted, DemandState.Dispatched, DemandState.InProgress, DemandState.Resolved, DemandState.Closed, DemandState.Rejected, DemandState.Withdrawn];

    public DemandState State { get; private set; }

    internal DemandPage Demands { get; private set; } = null!;

    internal IReadOnlyList<SharedProblem> Shared { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string? state, [FromQuery(Name = "page")] int page = 1)
    {
        State = Enum.TryParse<DemandState>(state, ignoreCase: true, out var s) && Enum.IsDefined(s) ? s : DemandState.Submitted;
        var viewer = await this.Service<DemandViewers>().ForAsync(User, HttpContext.RequestAborted);
        var queries = this.Service<DemandQueries>();
        Demands = await queries.ForStaffAsync(viewer, State, page, HttpContext.RequestAborted);
        Shared = await queries.SharedProblemsAsync(viewer, HttpContext.RequestAborted);
        return Page();
    }

    public string UrlFor(DemandState state, int page = 1) =>
        $"{DemandUrls.StaffQueue}?state={state.ToString().ToLowerInvariant()}" + (page > 1 ? $"&page={page}" : "");
}
