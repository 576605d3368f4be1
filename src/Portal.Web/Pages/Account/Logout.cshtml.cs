using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Core.Identity;

namespace Portal.Web.Pages.Account;

/// <summary>Signing out is a POST (with the antiforgery token); GET only asks.</summary>
[AllowAnonymous]
public sealed class LogoutModel(SignInManager<PortalUser> signIn) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return LocalRedirect("/");
    }
}
