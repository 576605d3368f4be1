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

/// <summary>Sends the confirmation link again; the answer is the same whether the address exists or not.</summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.Auth)]
public sealed class ResendConfirmationModel(UserManager<PortalUser> users, AccountMailer mailer, IStringLocalizer<SharedResource> l) : PageModel
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

        if (await users.FindByEmailAsync(Input.Email!) is { EmailConfirmed: false } user)
        {
            await mailer.SendConfirmationAsync(user, cancellationToken);
        }

        StatusMessage = l["如果该邮箱已注册且尚未确认，我们已发送新的确认邮件，请查收。"];
        return RedirectToPage();
    }
}
