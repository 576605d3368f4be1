using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Portal.Core;
using Portal.Core.Enterprises;

namespace Portal.Modules.Expo.Areas.Expo.Pages.Exhibitor;

/// <summary>
/// A page of an exhibiting enterprise (booth applications, space bookings): it knows the signed-in user's
/// enterprise and whether it is verified; an unverified one sees why it cannot act (<c>_NotVerified</c>).
/// </summary>
public abstract class ExhibitorPageModel : PageModel
{
    public EnterpriseProfile? Enterprise { get; private set; }

    public bool IsVerified => Enterprise is { Verification: VerificationState.Verified };

    [TempData]
    public string? StatusMessage { get; set; }

    protected string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";

    protected IStringLocalizer Localizer => HttpContext.RequestServices.GetRequiredService<IStringLocalizer<ExpoResource>>();

    protected async Task LoadEnterpriseAsync() =>
        Enterprise = await HttpContext.RequestServices.GetRequiredService<IEnterpriseDirectory>()
            .FindByOwnerAsync(UserId, HttpContext.RequestAborted);

    /// <summary>Shows a refusal next to its field (renamed where the form calls it otherwise) or above the form.</summary>
    protected void Show(Refusal refusal, IReadOnlyDictionary<string, string>? fieldNames = null)
    {
        var field = fieldNames is not null && fieldNames.TryGetValue(refusal.Field, out var renamed) ? renamed : refusal.Field;
        ModelState.AddModelError(field, Localizer[refusal.Message, refusal.Args ?? []]);
    }

    /// <summary>After a successful action: the message for the next page, then there.</summary>
    protected IActionResult Done(string message, string url)
    {
        StatusMessage = Localizer[message];
        return Redirect(url);
    }
}
