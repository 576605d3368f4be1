using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Portal.Core;
using Portal.Core.Enterprises;
using Portal.Core.Identity;
using Portal.Modules.Expo.Admin;
using Portal.Modules.Expo.Domain;
using Portal.Modules.Expo.Exhibitors;

namespace Portal.Modules.Expo.Areas.Expo.Pages.Admin;

/// <summary>
/// /admin/expo/applications/{id}: one application under review. Approve with a booth (other pending
/// applicants for that booth go to the waitlist in the same step), reject or staff-cancel with a reason,
/// or waitlist. A booth taken meanwhile, or an application already handled, is a message, never a 500.
/// </summary>
[Authorize(Policy = ExpoPermissions.Manage)]
public sealed class ReviewModel(IEnterpriseDirectory enterprises, UserManager<PortalUser> users, IStringLocalizer<ExpoResource> l) : PageModel
{
    private ExpoAdminQueries queries => this.Service<ExpoAdminQueries>();
    private BoothApplicationService applications => this.Service<BoothApplicationService>();

    internal ApplicationView View { get; private set; } = null!;

    internal IReadOnlyList<BoothOption> Booths { get; private set; } = [];

    internal IReadOnlyList<BoothApplication> Competitors { get; private set; } = [];

    internal AuditTrail Audit { get; private set; } = null!;

    internal IReadOnlyDictionary<int, string> Names { get; private set; } = new Dictionary<int, string>();

    [BindProperty]
    public int? BoothId { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostApproveAsync(int id) => await AfterAsync(id,
        BoothId is { } booth ? await applications.ApproveAsync(id, booth, StaffId, HttpContext.RequestAborted) : new Refusal(nameof(BoothId), "请选择要分配的展位。"),
        "已确认并分配展位，已通知企业；意向相同展位的其他待审核申请已转入候补。");

    public async Task<IActionResult> OnPostRejectAsync(int id) =>
        await AfterAsync(id, await applications.RejectAsync(id, Reason, StaffId, HttpContext.RequestAborted), "已拒绝，已通知企业。");

    public async Task<IActionResult> OnPostWaitlistAsync(int id) =>
        await AfterAsync(id, await applications.WaitlistAsync(id, StaffId, HttpContext.RequestAborted), "已列入候补，已通知企业。");

    public async Task<IActionResult> OnPostCancelAsync(int id) =>
        await AfterAsync(id, await applications.CancelAsync(id, StaffId, true, Reason, HttpContext.RequestAborted), "已取消该申请，已通知企业。");

    private string StaffId => User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";

    private async Task<IActionResult> AfterAsync(int id, Refusal? refusal, string success)
    {
        if (refusal is null)
        {
            StatusMessage = l[success];
            return Redirect($"/admin/expo/applications/{id}");
        }

        ModelState.Clear();
        ModelState.AddModelError(refusal.Field is "BoothId" or "Reason" ? refusal.Field : "", l[refusal.Message, refusal.Args ?? []]);
        return await LoadAsync(id) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(int id)
    {
        if (await queries.ApplicationAsync(id, HttpContext.RequestAborted) is not { } view)
        {
            return false;
        }

        View = view;
        Booths = await queries.BoothOptionsAsync(view.Expo.Id, HttpContext.RequestAborted);
        Competitors = await queries.CompetitorsAsync(view.Application, HttpContext.RequestAborted);
        Audit = await AuditTrail.LoadAsync(users, await queries.AuditAsync("application", id, HttpContext.RequestAborted), HttpContext.RequestAborted);
        var ids = Competitors.Select(c => c.EnterpriseId).Append(view.Application.EnterpriseId).Distinct().ToList();
        Names = (await enterprises.ListAsync(ids, HttpContext.RequestAborted)).ToDictionary(e => e.Id, e => e.Name);
        BoothId ??= view.Application.BoothId
            ?? view.Application.Preferences.OrderBy(p => p.Rank).Select(p => (int?)p.BoothId)
                .FirstOrDefault(b => Booths.Any(o => o.Booth.Id == b && o.HolderApplicationId is null));
        return true;
    }
}
