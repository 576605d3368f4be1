using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Portal.Core.Enterprises;
using Portal.Modules.RedHelp.Domain;
using Portal.Modules.RedHelp.Domain.RovingService;

namespace Portal.Modules.RedHelp.Areas.RedHelp.Pages.Admin.Roving;

/// <summary>/admin/redhelp/roving/{id}: the session's sign-ups with their problems, attendance, and the demands collected there.</summary>
[Authorize(Policy = RedHelpPermissions.Manage)]
public sealed class SessionModel(IEnterpriseDirectory enterprises, IStringLocalizer<RedHelpResource> l) : PageModel
{
    internal RovingSessionSummary Session { get; private set; } = null!;

    internal IReadOnlyList<RovingSignup> Signups { get; private set; } = [];

    internal IReadOnlyList<SessionDemand> Demands { get; private set; } = [];

    public IReadOnlyDictionary<int, string> Names { get; private set; } = new Dictionary<int, string>();

    public bool Started { get; private set; }

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAttendanceAsync(int id, int[]? attended)
    {
        if (!ModelState.IsValid)
        {
            ModelState.Clear();
            ModelState.AddModelError("", l["到场名单中有不属于该场巡回服务的报名。"]);
            return await LoadAsync(id) ? Page() : NotFound();
        }

        var refusal = await this.Service<RovingSessionService>().RecordAttendanceAsync(id, attended ?? [], HttpContext.RequestAborted);
        if (refusal is null)
        {
            StatusMessage = l["到场情况已保存。"];
            return Redirect($"/admin/redhelp/roving/{id}");
        }

        if (refusal.Message == RovingSessionService.NotFound)
        {
            return NotFound();
        }

        ModelState.AddModelError("", l[refusal.Message, refusal.Args ?? []]);
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
        Signups = await queries.SignupsAsync(id, HttpContext.RequestAborted);
        Demands = await queries.DemandsAsync(id, HttpContext.RequestAborted);
        var ids = Signups.Select(s => s.EnterpriseId).Concat(Demands.Select(d => d.EnterpriseId)).Distinct().ToList();
        Names = (await enterprises.ListAsync(ids, HttpContext.RequestAborted)).ToDictionary(e => e.Id, e => e.Name);
        return true;
    }
}
