using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Portal.Modules.RedHelp.Demands;
using Portal.Modules.RedHelp.Domain;
using Portal.Modules.RedHelp.Visits;

namespace Portal.Modules.RedHelp.Areas.RedHelp.Pages.Work;

/// <summary>/redhelp/work/demands/new?visit=: a helper records a demand on behalf of one of their enterprises, optionally from a visit.</summary>
[Authorize(Policy = RedHelpPermissions.Work)]
public sealed class NewDemandModel(IStringLocalizer<RedHelpResource> l) : PageModel
{
    internal IReadOnlyList<(int Id, string Name)> Enterprises { get; private set; } = [];

    [BindProperty(SupportsGet = true, Name = "visit")]
    public int? VisitId { get; set; }

    [BindProperty]
    public int? EnterpriseId { get; set; }

    [BindProperty]
    public DemandCategory? Category { get; set; }

    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public string? Description { get; set; }

    [BindProperty]
    public Urgency Urgency { get; set; }

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var viewer = await this.Service<DemandViewers>().ForAsync(User, HttpContext.RequestAborted);
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
        var viewer = await this.Service<DemandViewers>().ForAsync(User, HttpContext.RequestAborted);
        if (!ModelState.IsValid)
        {
            ModelState.Clear();
            ModelState.AddModelError("", l["请检查填写的内容。"]);
        }
        else
        {
            var (demand, refusal) = await this.Service<DemandService>().SubmitOnBehalfAsync(
                viewer, EnterpriseId ?? 0, VisitId, new DemandInput(Category, Title, Description, Urgency), HttpContext.RequestAborted);
            if (refusal is null)
            {
                StatusMessage = l["需求已代企业提交，等待派单。"];
                return Redirect(DemandUrls.ForHelper(demand!.Id));
            }

            ModelState.AddModelError(refusal.Field, l[refusal.Message, refusal.Args ?? []]);
        }

        await LoadAsync(viewer);
        return Page();
    }

    private async Task LoadAsync(DemandViewer viewer) =>
        Enterprises = await this.Service<VisitService>().EnterprisesAsync(viewer, HttpContext.RequestAborted);
}
