using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Portal.Core;
using Portal.Core.Identity;
using Portal.Web.Hosting;

namespace Portal.Web.Pages.Account;

/// <summary>Sign in with email and password; lockout, unconfirmed email and two-factor are each handled.</summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.Auth)]
public sealed class LoginModel(
    SignInManager<PortalUser> signIn,
    UserManager<PortalUser> users,
    IOptions<PortalOptions> portal,
    IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [TempData(Key = AccountPages.StatusMessageKey)]
    public string? StatusMessage { get; set; }

    /// <summary>Set when the password was right but the address is not confirmed yet.</summary>
    public bool NeedsConfirmation { get; private set; }

    public bool ShowDemoAccounts => portal.Value.DemoData;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var returnUrl = Url.LocalOrHome(ReturnUrl);
        var user = await users.FindByEmailAsync(Input.Email!);
        var result = user is null
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signIn.PasswordSignInAsync(user, Input.Password!, Input.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(returnUrl);
        }

        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("/Account/LoginWith2fa", new { returnUrl, rememberMe = Input.RememberMe });
        }

        if (result.IsLockedOut)
        {
            return RedirectToPage("/Account/Lockout");
        }

        // Identity refuses an unconfirmed address before it checks the password: say so only to whoever knows the password.
        if (result.IsNotAllowed && user is { EmailConfirmed: false } && await users.CheckPasswordAsync(user, Input.Password!))
        {
            NeedsConfirmation = true;
            ModelState.AddModelError("", l["您的邮箱尚未确认。请打开确认邮件中的链接，或重新发送确认邮件。"]);
            return Page();
        }

        ModelState.AddModelError("", l["邮箱或密码不正确。"]);
        return Page();
    }
}

public sealed class LoginInput
{
    [Display(Name = "邮箱")]
    [Required(ErrorMessage = "请填写邮箱。")]
    [EmailAddress(ErrorMessage = "邮箱格式不正确。")]
    public string? Email { get; set; }

    [Display(Name = "密码")]
    [Required(ErrorMessage = "请填写密码。")]
    [DataType(DataType.Password)]
    public string? Password { get; set; }

    [Display(Name = "记住我")]
    public bool RememberMe { get; set; }
}
