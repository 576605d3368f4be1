using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Portal.Core.Enterprises;
using Portal.Modules.Expo.Admin;
using Portal.Modules.Expo.Domain;
using Portal.Modules.Expo.Exhibitors;

namespace Portal.Modules.Expo.Areas.Expo.Pages.Admin;

/// <summary>
/// /admin/expo/check-in: staff type or scan the code from a confirmation (the QR code opens this page with
/// <c>?code=</c> filled in; checking in is always a POST). The first use checks the exhibitor in with the
/// time; a second says it was already used and when.
/// </summary>
[Authorize(Policy = ExpoPermissions.Manage)]
public sealed class CheckInModel(IEnterpriseDirectory enterprises, IStringLocalizer<ExpoResource> l) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    /// <summary>The application the code belongs to, after a POST.</summary>
    internal ApplicationView? Result { get; private set; }

    public string? EnterpriseName { get; private set; }

    public bool CheckedInNow { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        ModelState.Clear();
        var (application, refusal) = await this.Service<BoothApplicationService>().CheckInAsync(
            CheckInCodes.Normalize(Code), User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "", HttpContext.RequestAborted);
        if (refusal is not null)
        {
            ModelState.AddModelError(application is null ? nameof(Code) : "", l[refusal.Message, refusal.Args ?? []]);
        }

        CheckedInNow = refusal is null;
        if (application is not null)
        {
            Result = await this.Service<ExpoAdminQueries>().ApplicationAsync(application.Id, HttpContext.RequestAborted);
            EnterpriseName = (await enterprises.FindAsync(application.EnterpriseId, HttpContext.RequestAborted))?.Name;
        }

        Code = CheckedInNow ? null : Code;
        return Page();
    }
}
