using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Portal.Core;
using Portal.Core.Enterprises;
using Portal.Modules.ServiceCenter.Areas.ServiceCenter.Pages.Shared;
using Portal.Modules.ServiceCenter.Domain;

namespace Portal.Modules.ServiceCenter.Areas.ServiceCenter.Pages.Admin.Moderation;

/// <summary>
/// /admin/showcase/moderation/{id}: the published version and the submitted one side by side with the
/// differences flagged; approve, or reject with a reason. The enterprise is notified either way. When a
/// colleague has already decided, the second decision is refused with a message.
/// </summary>
[Authorize(Policy = ServiceCenterPermissions.Manage)]
public sealed class ReviewModel(IEnterpriseDirectory enterprises, IStringLocalizer<ServiceCenterResource> l) : PageModel
{
    private ShowcaseService showcases => this.Service<ShowcaseService>();

    public const string StatusKey = "ServiceCenter.Moderation.Status";

    internal ShowcaseVersion Version { get; private set; } = null!;

    internal EnterpriseProfile Enterprise { get; private set; } = null!;

    internal ShowcaseView? Old { get; private set; }

    internal ShowcaseView New { get; private set; } = null!;

    internal ShowcaseChanges? Changes { get; private set; }

    [BindProperty]
    [Display(Name = "不通过的理由")]
    public string? Reason { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostApproveAsync(int id, CancellationToken cancellationToken)
    {
        var refusal = await showcases.ApproveAsync(id, ReviewerId, cancellationToken);
        return await AfterAsync(id, refusal, "已通过审核，企业展示已公开，已通知企业。", cancellationToken);
    }

    public async Task<IActionResult> OnPostRejectAsync(int id, CancellationToken cancellationToken)
    {
        var refusal = await showcases.RejectAsync(id, ReviewerId, Reason, cancellationToken);
        return await AfterAsync(id, refusal, "已退回，理由已发送给企业。", cancellationToken);
    }

    private string ReviewerId => User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";

    private async Task<IActionResult> AfterAsync(int id, Refusal? refusal, string success, CancellationToken cancellationToken)
    {
        if (refusal is null)
        {
            TempData[StatusKey] = l[success].Value;
            return Redirect("/admin/showcase/moderation");
        }

        ModelState.AddModelError(refusal.Field, l[refusal.Message, refusal.Args ?? []]);
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var version = await showcases.FindAsync(id, cancellationToken);
        var enterprise = version is null ? null : await enterprises.FindAsync(version.EnterpriseId, cancellationToken);
        if (version is null || enterprise is null)
        {
            return false;
        }

        (Version, Enterprise) = (version, enterprise);
        var published = version.State == ShowcaseState.Submitted ? await showcases.PublishedAsync(enterprise.Id, cancellationToken) : null;
        Changes = version.State == ShowcaseState.Submitted ? ShowcaseChanges.Between(published, version) : null;
        Old = published is null ? null : new ShowcaseView(enterprise, published)
        {
            ShowProfile = false, Changes = Changes, Side = ShowcaseSide.Published, SectionLevel = 3, IdPrefix = "old-",
        };
        New = new ShowcaseView(enterprise, version)
        {
            ShowProfile = false, Changes = Changes, Side = Changes is null ? ShowcaseSide.Only : ShowcaseSide.Proposed, SectionLevel = 3, IdPrefix = "new-",
        };
        return true;
    }
}
