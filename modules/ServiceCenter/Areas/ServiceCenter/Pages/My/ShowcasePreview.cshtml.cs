using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Core.Enterprises;
using Portal.Core.Security;
using Portal.Modules.ServiceCenter.Areas.ServiceCenter.Pages.Shared;
using Portal.Modules.ServiceCenter.Domain;

namespace Portal.Modules.ServiceCenter.Areas.ServiceCenter.Pages.My;

/// <summary>/my/showcase/preview: the working copy rendered as the public page will show it once approved.</summary>
[Authorize(Policy = CorePermissions.SignedIn)]
public sealed class ShowcasePreviewModel(IEnterpriseDirectory enterprises) : PageModel
{
    private ShowcaseService showcases => this.Service<ShowcaseService>();

    public const string Path = "/my/showcase/preview";

    public EnterpriseProfile? Enterprise { get; private set; }

    internal ShowcaseView? View { get; private set; }

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Enterprise = await enterprises.VerifiedAsync(User, cancellationToken);
        if (Enterprise is not null)
        {
            var working = await showcases.FindWorkingAsync(Enterprise.Id, cancellationToken)
                ?? await showcases.PublishedAsync(Enterprise.Id, cancellationToken);
            View = new ShowcaseView(Enterprise, working) { IdPrefix = "preview-" };
        }

        return Page();
    }
}
