using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.Core;
using Portal.Core.Data;
using Portal.Core.Enterprises;
using Portal.Core.Security;

namespace Portal.Web.Pages.Admin.Enterprises;

/// <summary>One enterprise: verify it, or reject it with a reason. The owner is notified either way.</summary>
[Authorize(Policy = CorePermissions.VerifyEnterprises)]
public sealed class DetailsModel(CoreDbContext db, EnterpriseService enterprises, IStringLocalizer<SharedResource> l) : PageModel
{
    public Enterprise Enterprise { get; private set; } = null!;

    public string? OwnerEmail { get; private set; }

    [BindProperty]
    [Display(Name = "不通过的理由")]
    [StringLength(500, ErrorMessage = "理由不能超过 500 字。")]
    public string? Reason { get; set; }

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostVerifyAsync(int id)
    {
        var error = await enterprises.VerifyAsync(id);
        return await AfterAsync(id, error, "企业已通过认证，已通知企业用户。");
    }

    public async Task<IActionResult> OnPostRejectAsync(int id)
    {
        var error = ModelState.IsValid ? await enterprises.RejectAsync(id, Reason) : null;
        return await AfterAsync(id, error, "已标记为未通过，已通知企业用户。");
    }

    private async Task<IActionResult> AfterAsync(int id, EnterpriseError? error, string success)
    {
        if (error is null && ModelState.IsValid)
        {
            StatusMessage = l[success];
            return RedirectToPage(new { id });
        }

        if (error is not null)
        {
            ModelState.AddModelError(error.Field == "" ? "" : nameof(Reason), l[error.Message, error.Args ?? []]);
        }

        return await LoadAsync(id) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(int id)
    {
        var found = await db.Enterprises.AsNoTracking().Include(e => e.Town).FirstOrDefaultAsync(e => e.Id == id);
        if (found is null)
        {
            return false;
        }

        Enterprise = found;
        OwnerEmail = found.OwnerUserId is { } owner
            ? await db.Users.Where(u => u.Id == owner).Select(u => u.Email).FirstOrDefaultAsync()
            : null;
        return true;
    }
}
