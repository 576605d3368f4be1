using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Core.Identity;

namespace Portal.Web.Pages.Account;

/// <summary>
/// A form that asks only for an address and mails a link to it when the account is in the right
/// state (forgotten password, confirmation sent again). The answer is the same either way, so the
/// page never tells whether an address is registered.
/// </summary>
public abstract class EmailLinkPageModel(UserManager<PortalUser> users) : PageModel
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

        if (await users.FindByEmailAsync(Input.Email!) is { } user && IsFor(user))
        {
            await SendAsync(user, cancellationToken);
        }

        StatusMessage = Answer;
        return RedirectToPage();
    }

    /// <summary>Whether this account gets the mail (a confirmed address for a reset, an unconfirmed one for a confirmation).</summary>
    protected abstract bool IsFor(PortalUser user);

    protected abstract Task SendAsync(PortalUser user, CancellationToken cancellationToken);

    /// <summary>What everybody is told, whether a mail went out or not.</summary>
    protected abstract string Answer { get; }
}
