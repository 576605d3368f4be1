using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Modules.RedHelp.Areas.RedHelp.Pages.Shared;
using Portal.Modules.RedHelp.Domain.RovingService;

namespace Portal.Modules.RedHelp.Areas.RedHelp.Pages.Admin.Roving;

/// <summary>/admin/redhelp/roving: staff's schedule of roving sessions, coming and past.</summary>
[Authorize(Policy = RedHelpPermissions.Manage)]
public sealed class IndexModel : PageModel
{
    internal IReadOnlyList<RovingSessionSummary> Upcoming { get; private set; } = [];

    internal IReadOnlyList<RovingSessionSummary> Past { get; private set; } = [];

    public Pager Pager { get; private set; } = new(1, 1, "/admin/redhelp/roving");

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task OnGetAsync([FromQuery(Name = "page")] int page = 1)
    {
        var queries = this.Service<RovingQueries>();
        Upcoming = await queries.UpcomingAsync(HttpContext.RequestAborted);
        var past = await queries.PastAsync(page, HttpContext.RequestAborted);
        Past = past.Items;
        var count = Pager.PageCountOf(past.Total, RovingQueries.PageSize);
        Pager = new Pager(Math.Clamp(page, 1, count), count, "/admin/redhelp/roving", Fragment: "past");
    }
}
