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

/// <summary>The second step of signing in: the 6-digit code of the authenticator app.</summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.Auth)]
public sealed class LoginWith2faModel(SignInManager<PortalUser> signIn, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public TwoFactorLoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool RememberMe { get; set; }

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

        var code = TwoFactorCodes.Clean(Input.Code);
        var result = await signIn.TwoFactorAuthenticatorSignInAsync(code, RememberMe, Input.RememberMachine);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.LocalOrHome(ReturnUrl));
        }

        if (result.IsLockedOut)
        {
            return RedirectToPage("/Account/Lockout");
        }

        ModelState.AddInputError(nameof(TwoFactorLoginInput.Code), l["验证码不正确。"]);
        return Page();
    }
}

public sealed class TwoFactorLoginInput
{
    [Display(Name = "验证码")]
    [Required(ErrorMessage = "请填写验证码。")]
    [StringLength(9, MinimumLength = 6, ErrorMessage = "验证码为 6 位数字。")]
    public string? Code { get; set; }

    [Display(Name = "在这台设备上不再询问验证码")]
    public bool RememberMachine { get; set; }
}

/// <summary>What people type into code fields, tidied.</summary>
public static class TwoFactorCodes
{
    /// <summary>An authenticator code: digits only, so spaces and hyphens are dropped.</summary>
    public static string Clean(string? code) => (code ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);

    /// <summary>A recovery code keeps its hyphen ("ABCDE-12345"); spaces go and letters are upper-cased.</summary>
    public static string CleanRecovery(string? code) => (code ?? "").Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
}
