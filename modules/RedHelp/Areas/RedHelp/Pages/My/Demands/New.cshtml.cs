using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Portal.Modules.RedHelp.Demands;
using Portal.Modules.RedHelp.Domain;

namespace Portal.Modules.RedHelp.Areas.RedHelp.Pages.My.Demands;

/// <summary>/my/demands/new: a verified enterprise orders help (企业点单).</summary>
[Authorize(Policy = RedHelpPermissions.Order)]
public sealed class NewModel(IStringLocalizer<RedHelpResource> l) : PageModel
{
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

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            ModelState.Clear();
            ModelState.AddModelError("", l["请检查填写的内容。"]);
            return Page();
        }

        var viewer = await this.Service<DemandViewers>().ForAsync(User, HttpContext.RequestAborted);
        var (demand, refusal) = await this.Service<DemandService>()
            .SubmitAsync(viewer, new DemandInput(Category, Title, Description, Urgency), cancellationToken: HttpContext.RequestAborted);
        if (refusal is not null)
        {
            ModelState.AddModelError(refusal.Field, l[refusal.Message, refusal.Args ?? []]);
            return Page();
        }

        StatusMessage = l["需求已提交，服务中心会尽快派单。"];
        return Redirect(DemandUrls.ForEnterprise(demand!.Id));
    }
}
