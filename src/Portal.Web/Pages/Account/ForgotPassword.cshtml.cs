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

/// <summary>Sends a reset link to a confirmed address; the answer never tells whether the address exists.</summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.Auth)]
public sealed class ForgotPasswordModel(UserManager<PortalUser> users, AccountMailer mailer, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public EmailInput Input { get; set; } = new();

    [TempData(Key = AccountPages.StatusMessageKey)]
    public string? StatusMessage { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (await users.FindByEmailAsync(Input.Email!) is { EmailConfirmed: true } user)
        {
            await mailer.SendPasswordResetAsync(user, cancellationToken);
        }

        StatusMessage = l["如果该邮箱已注册，我们已向它发送了重置密码的链接，请查收。"];
        return RedirectToPage();
    }
}
