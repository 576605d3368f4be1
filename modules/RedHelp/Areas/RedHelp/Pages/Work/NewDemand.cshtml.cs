using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Portal.Modules.RedHelp.Areas.RedHelp.Pages.Shared;
using Portal.Modules.RedHelp.Demands;
using Portal.Modules.RedHelp.Visits;

namespace Portal.Modules.RedHelp.Areas.RedHelp.Pages.Work;

/// <summary>/redhelp/work/demands/new?visit=: a helper records a demand on behalf of one of their enterprises, optionally from a visit.</summary>
[Authorize(Policy = RedHelpPermissions.Work)]
public sealed class NewDemandModel(IStringLocalizer<RedHelpResource> l) : DemandIntakePage(l)
{
    internal IReadOnlyList<(int Id, string Name)> Enterprises { get; private set; } = [];

    [BindProperty(SupportsGet = true, Name = "visit")]
    public int? VisitId { get; set; }

    [BindProperty]
    public int? EnterpriseId { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var viewer = await ViewerAsync();
        if (VisitId is { } id)
        {
            if (await this.Service<VisitService>().FindAsync(viewer, id, HttpContext.RequestAborted) is not { } visit)
            {
                return NotFound();
            }

            EnterpriseId = visit.EnterpriseId;
        }

        await LoadAsync(viewer);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var viewer = await ViewerAsync();
        var next = await SubmitAsync(
            viewer, (input, ct) => this.Service<DemandService>().SubmitOnBehalfAsync(viewer, EnterpriseId ?? 0, VisitId, input, ct),
            "需求已代企业提交，等待派单。", DemandUrls.ForHelper);
        if (next is not null)
        {
            return Redirect(next);
        }

        await LoadAsync(viewer);
        return Page();
    }

    private async Task LoadAsync(DemandViewer viewer) =>
        Enterprises = await this.Service<VisitService>().EnterprisesAsync(viewer, HttpContext.RequestAborted);
}
