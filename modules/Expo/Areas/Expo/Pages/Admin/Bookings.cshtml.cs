using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Portal.Core;
using Portal.Core.Enterprises;
using Portal.Modules.Expo.Domain;
using Portal.Modules.Expo.Spaces;

namespace Portal.Modules.Expo.Areas.Expo.Pages.Admin;

/// <summary>
/// /admin/expo/bookings?state=…: exhibition-space bookings by state (requested first). Staff approve one,
/// or reject it with a reason; an overlap with an approved booking (the database's rule) is a message, never a 500.
/// </summary>
[Authorize(Policy = ExpoPermissions.Manage)]
public sealed class BookingsModel(IEnterpriseDirectory enterprises, IStringLocalizer<ExpoResource> l) : PageModel
{
    public static readonly BookingState[] States = [BookingState.Requested, BookingState.Approved, BookingState.Rejected, BookingState.Cancelled];

    internal IReadOnlyList<BookingView> Bookings { get; private set; } = [];

    internal IReadOnlyDictionary<int, string> Names { get; private set; } = new Dictionary<int, string>();

    /// <summary>The state shown; null shows every booking.</summary>
    public BookingState? State { get; private set; }

    /// <summary>The booking the last refused action was about, so its row shows the message.</summary>
    public int? FailedId { get; private set; }

    [BindProperty]
    public string? Reason { get; set; }

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task OnGetAsync(string? state) => await LoadAsync(state);

    public async Task<IActionResult> OnPostApproveAsync(int id, string? state) => await AfterAsync(id, state,
        await this.Service<SpaceBookingService>().ApproveAsync(id, StaffId, HttpContext.RequestAborted), "已批准，已通知企业。");

    public async Task<IActionResult> OnPostRejectAsync(int id, string? state) => await AfterAsync(id, state,
        await this.Service<SpaceBookingService>().RejectAsync(id, Reason, StaffId, HttpContext.RequestAborted), "已拒绝，已通知企业。");

    public static string QueueUrl(BookingState? state) =>
        $"/admin/expo/bookings?state={(state is { } s ? s.ToString().ToLowerInvariant() : "all")}";

    private string StaffId => User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";

    private async Task<IActionResult> AfterAsync(int id, string? state, Refusal? refusal, string success)
    {
        if (refusal is null)
        {
            StatusMessage = l[success];
            return Redirect(QueueUrl(Parse(state)));
        }

        ModelState.Clear();
        ModelState.AddModelError(refusal.Field == nameof(Reason) ? nameof(Reason) : "", l["预订 #{0}：", id] + l[refusal.Message, refusal.Args ?? []]);
        FailedId = id;
        await LoadAsync(state);
        return Page();
    }

    private static BookingState? Parse(string? state) =>
        state == "all" ? null : Enum.TryParse<BookingState>(state, true, out var s) && Enum.IsDefined(s) ? s : BookingState.Requested;

    private async Task LoadAsync(string? state)
    {
        State = Parse(state);
        Bookings = await this.Service<SpaceQueries>().QueueAsync(State, HttpContext.RequestAborted);
        var ids = Bookings.Select(b => b.Booking.EnterpriseId).Distinct().ToList();
        Names = (await enterprises.ListAsync(ids, HttpContext.RequestAborted)).ToDictionary(e => e.Id, e => e.Name);
    }
}
