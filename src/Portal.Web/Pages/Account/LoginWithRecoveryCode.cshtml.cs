using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Portal.Core;
using Portal.Core.Identity;
using Portal.Web.Hosting;

namespace Portal.Web.Pages.Account;

/// <summary>The second step of signing in with one of the ten single-use recovery codes.</summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.Auth)]
public sealed class LoginWithRecoveryCodeModel(SignInManager<PortalUser> signIn, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public RecoveryCodeInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/Account/Login") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return RedirectToPage("/Account/Login");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await signIn.TwoFactorRecoveryCodeSignInAsync(TwoFactorCodes.CleanRecovery(Input.RecoveryCode));
        if (result.Succeeded)
        {
            return LocalRedirect(Url.LocalOrHome(ReturnUrl));
        }

        if (result.IsLockedOut)
        {
            return RedirectToPage("/Account/Lockout");
        }

        ModelState.AddInputError(nameof(RecoveryCodeInput.RecoveryCode), l["恢复码不正确或已经用过。"]);
        return Page();
    }
}

public sealed class RecoveryCodeInput
{
    [Display(Name = "恢复码")]
    [Required(ErrorMessage = "请填写恢复码。")]
    [StringLength(20, ErrorMessage = "恢复码不正确或已经用过。")]
    public string? RecoveryCode { get; set; }
}
