using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Portal.Core.Time;
using Portal.Modules.Expo.Areas.Expo.Pages.Exhibitor;
using Portal.Modules.Expo.Domain;
using Portal.Modules.Expo.Spaces;

namespace Portal.Modules.Expo.Areas.Expo.Pages.My;

/// <summary>/my/expo/bookings: the enterprise's exhibition-space bookings with their states; cancel one before it starts.</summary>
[Authorize(Policy = ExpoPermissions.Exhibit)]
public sealed class BookingsModel(TimeProvider time) : ExhibitorPageModel
{
    internal IReadOnlyList<BookingView> Bookings { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostCancelAsync(int id)
    {
        var refusal = await this.Service<SpaceBookingService>().CancelAsync(id, UserId, HttpContext.RequestAborted);
        if (refusal is null)
        {
            return Done("预订已取消。", "/my/expo/bookings");
        }

        Show(refusal with { Field = "" });
        await LoadAsync();
        return Page();
    }

    /// <summary>Whether the enterprise may still cancel: requested or approved, and not yet started.</summary>
    internal bool CanCancel(SpaceBooking booking) =>
        booking.State is BookingState.Requested or BookingState.Approved && booking.StartsOn > Today;

    private async Task LoadAsync()
    {
        Today = time.ChinaToday();
        await LoadEnterpriseAsync();
        if (IsVerified)
        {
            Bookings = await this.Service<SpaceQueries>().ForEnterpriseAsync(Enterprise!.Id, HttpContext.RequestAborted);
        }
    }
}
