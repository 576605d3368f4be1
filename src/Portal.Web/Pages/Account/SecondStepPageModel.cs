using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Core.Identity;

namespace Portal.Web.Pages.Account;

/// <summary>
/// The second step of signing in, after the password: only with a pending two-factor log-in (else
/// back to the login page); success goes to the local return address, lockout to its page, a wrong
/// code stays on the form with a message next to the field.
/// </summary>
public abstract class SecondStepPageModel<TInput>(SignInManager<PortalUser> signIn) : PageModel
    where TInput : class, new()
{
    [BindProperty]
    public TInput Input { get; set; } = new();

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

        var result = await SignInAsync(signIn);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.LocalOrHome(ReturnUrl));
        }

        if (result.IsLockedOut)
        {
            return RedirectToPage("/Account/Lockout");
        }

        ModelState.AddInputError(CodeField, WrongCode);
        return Page();
    }

    protected abstract Task<Microsoft.AspNetCore.Identity.SignInResult> SignInAsync(SignInManager<PortalUser> signIn);

    /// <summary>The name of the code's property on <typeparamref name="TInput"/>.</summary>
    protected abstract string CodeField { get; }

    protected abstract string WrongCode { get; }
}
