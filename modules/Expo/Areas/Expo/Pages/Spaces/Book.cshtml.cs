using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Portal.Core;
using Portal.Modules.Expo.Areas.Expo.Pages.Exhibitor;
using Portal.Modules.Expo.Domain;
using Portal.Modules.Expo.Spaces;

namespace Portal.Modules.Expo.Areas.Expo.Pages.Spaces;

/// <summary>
/// /expo/spaces/{slug}/book: a verified enterprise requests the space for a date range. The service checks
/// the lead time, the minimum and maximum days and the approved bookings; every refusal is a Chinese message
/// next to its field. Unknown space → 404.
/// </summary>
[Authorize(Policy = ExpoPermissions.Exhibit)]
public sealed class BookModel : ExhibitorPageModel
{
    internal ExhibitionSpace Space { get; private set; } = null!;

    public AvailabilityMonth Month { get; private set; } = null!;

    [BindProperty]
    public DateOnly? StartsOn { get; set; }

    [BindProperty]
    public DateOnly? EndsOn { get; set; }

    [BindProperty]
    public string? Purpose { get; set; }

    public async Task<IActionResult> OnGetAsync(string slug, string? month) => await LoadAsync(slug, month) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string slug)
    {
        if (!await LoadAsync(slug, StartsOn is { } s ? AvailabilityMonth.Key(s) : null))
        {
            return NotFound();
        }

        // The binder's English complaints about unreadable dates are replaced by the Chinese ones below.
        ModelState.Clear();
        if (StartsOn is null || EndsOn is null)
        {
            Show(new Refusal(StartsOn is null ? nameof(StartsOn) : nameof(EndsOn), "请填写开始日期和结束日期。"));
            return Page();
        }

        var (_, refusal) = await this.Service<SpaceBookingService>().RequestAsync(
            UserId, new SpaceBookingInput(Space.Id, StartsOn.Value, EndsOn.Value, Purpose), HttpContext.RequestAborted);
        if (refusal is not null)
        {
            Show(refusal);
            return Page();
        }

        return Done("预订申请已提交，请等待服务中心审核。", "/my/expo/bookings");
    }

    private async Task<bool> LoadAsync(string slug, string? month)
    {
        var queries = this.Service<SpaceQueries>();
        if (await queries.FindAsync(slug, HttpContext.RequestAborted) is not { } space)
        {
            return false;
        }

        Space = space;
        Month = await queries.MonthAsync(space, month, HttpContext.RequestAborted);
        await LoadEnterpriseAsync();
        return true;
    }
}
