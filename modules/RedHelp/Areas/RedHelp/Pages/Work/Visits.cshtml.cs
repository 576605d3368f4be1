using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Portal.Core.Time;
using Portal.Modules.RedHelp.Areas.RedHelp.Pages.Shared;
using Portal.Modules.RedHelp.Demands;
using Portal.Modules.RedHelp.Domain;
using Portal.Modules.RedHelp.Visits;

namespace Portal.Modules.RedHelp.Areas.RedHelp.Pages.Work;

/// <summary>/redhelp/work/visits: a helper logs a visit to one of their enterprises and sees their visits with the demands raised.</summary>
[Authorize(Policy = RedHelpPermissions.Work)]
public sealed class VisitsModel(TimeProvider time, IStringLocalizer<RedHelpResource> l) : PageModel
{
    internal IReadOnlyList<VisitRow> Visits { get; private set; } = [];

    internal IReadOnlyList<(int Id, string Name)> Enterprises { get; private set; } = [];

    [BindProperty]
    public int? EnterpriseId { get; set; }

    [BindProperty]
    public DateOnly? VisitedOn { get; set; }

    [BindProperty]
    public VisitKind? Kind { get; set; }

    [BindProperty]
    public string? Notes { get; set; }

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        VisitedOn = time.ChinaToday();
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var viewer = await this.Service<DemandViewers>().ForAsync(User, HttpContext.RequestAborted);
        if (this.FormIsValid(l))
        {
            var (id, refusal) = await this.Service<VisitService>().LogAsync(viewer, new VisitInput(EnterpriseId, VisitedOn, Kind, Notes), HttpContext.RequestAborted);
            if (refusal is null)
            {
                StatusMessage = l["已记录走访。"];
                return Redirect($"/redhelp/work/visits#visit-{id}");
            }

            this.Refuse(refusal, l);
        }

        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        var viewer = await this.Service<DemandViewers>().ForAsync(User, HttpContext.RequestAborted);
        var visits = this.Service<VisitService>();
        Visits = await visits.MineAsync(viewer, cancellationToken: HttpContext.RequestAborted);
        Enterprises = await visits.EnterprisesAsync(viewer, HttpContext.RequestAborted);
    }
}
