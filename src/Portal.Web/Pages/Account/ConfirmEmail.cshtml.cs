using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Core.Identity;

namespace Portal.Web.Pages.Account;

/// <summary>The link in the confirmation email: /account/confirm-email?userId=...&amp;code=... (Base64Url).</summary>
[AllowAnonymous]
public sealed class ConfirmEmailModel(UserManager<PortalUser> users) : PageModel
{
    public bool Confirmed { get; private set; }

    public async Task OnGetAsync(string? userId, string? code)
    {
        var token = AccountMailer.Decode(code);
        if (string.IsNullOrEmpty(userId) || token is null || await users.FindByIdAsync(userId) is not { } user)
        {
            return;
        }

        Confirmed = user.EmailConfirmed || (await users.ConfirmEmailAsync(user, token)).Succeeded;
    }
}
