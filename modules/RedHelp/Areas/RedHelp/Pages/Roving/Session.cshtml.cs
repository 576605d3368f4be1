using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Portal.Core.Enterprises;
using Portal.Core.Identity;
using Portal.Modules.RedHelp.Domain;
using Portal.Modules.RedHelp.Areas.RedHelp.Pages.Shared;
using Portal.Modules.RedHelp.Domain.RovingService;

namespace Portal.Modules.RedHelp.Areas.RedHelp.Pages.Roving;

/// <summary>/redhelp/roving/{id}: a session; a verified enterprise signs up, optionally with a problem that becomes a demand.</summary>
[AllowAnonymous]
public sealed class SessionModel(UserManager<PortalUser> users, IEnterpriseDirectory enterprises, IStringLocalizer<RedHelpResource> l) : PageModel
{
    internal RovingSessionSummary Session { get; private set; } = null!;

    public EnterpriseProfile? Enterprise { get; private set; }

    internal RovingSignup? Signup { get; private set; }

    public bool Started { get; private set; }

    [BindProperty]
    public string? Problem { get; set; }

    [BindProperty]
    public DemandCategory? Category { get; set; }

    [TempData]
    public string? StatusMessage { get; set; }

    public bool CanSignUp => !Started && Signup is null && Session.SeatsLeft > 0 && Enterprise is { Verification: VerificationState.Verified };

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (users.GetUserId(User) is not { } userId)
        {
            return Challenge();
        }

        if (!ModelState.IsValid)
        {
            ModelState.Clear();
            ModelState.AddModelError(nameof(Category), l["请选择问题的类别。"]);
            return await LoadAsync(id) ? Page() : NotFound();
        }

        var refusal = await this.Service<RovingSignups>().SignUpAsync(id, userId, new SignupInput(Problem, Category), HttpContext.RequestAborted);
        if (refusal is null)
        {
            StatusMessage = string.IsNullOrWhiteSpace(Problem) ? l["报名成功。"] : l["报名成功，您的问题已登记为需求，可在“我的需求”查看办理进度。"];
            return Redirect($"/redhelp/roving/{id}");
        }

        if (refusal.Message == RovingSessionService.NotFound)
        {
            return NotFound();
        }

        this.Refuse(refusal, l);
        return await LoadAsync(id) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(int id)
    {
        var queries = this.Service<RovingQueries>();
        if (await queries.FindAsync(id, HttpContext.RequestAborted) is not { } session)
        {
            return false;
        }

        Session = session;
        Started = queries.HasStarted(session);
        if (users.GetUserId(User) is { } userId && await enterprises.FindByOwnerAsync(userId, HttpContext.RequestAborted) is { } enterprise)
        {
            Enterprise = enterprise;
            Signup = await queries.SignupOfAsync(id, enterprise.Id, HttpContext.RequestAborted);
        }

        return true;
    }
}
