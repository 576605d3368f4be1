using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Modules.RedHelp.Areas.RedHelp.Pages.Shared;
using Portal.Modules.RedHelp.Domain.RovingService;

namespace Portal.Modules.RedHelp.Areas.RedHelp.Pages.Roving;

/// <summary>/redhelp/roving: the coming sessions, open for sign-up, and the past ones with what they collected.</summary>
[AllowAnonymous]
public sealed class IndexModel : PageModel
{
    internal IReadOnlyList<RovingSessionSummary> Upcoming { get; private set; } = [];

    internal IReadOnlyList<RovingSessionSummary> Past { get; private set; } = [];

    public Pager Pager { get; private set; } = new(1, 1, "/redhelp/roving");

    public async Task OnGetAsync([FromQuery(Name = "page")] int page = 1)
    {
        var queries = this.Service<RovingQueries>();
        Upcoming = await queries.UpcomingAsync(HttpContext.RequestAborted);
        var past = await queries.PastAsync(page, HttpContext.RequestAborted);
        Past = past.Items;
        var count = Pager.PageCountOf(past.Total, RovingQueries.PageSize);
        Pager = new Pager(Math.Clamp(page, 1, count), count, "/redhelp/roving", Fragment: "past");
    }
}
