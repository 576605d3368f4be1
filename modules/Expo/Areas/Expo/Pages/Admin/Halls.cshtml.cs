using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Expo.Data;

namespace Portal.Modules.Expo.Areas.Expo.Pages.Admin;

/// <summary>/admin/expo/halls: the halls with their plan size and booth counts, each linking to its booth table.</summary>
[Authorize(Policy = ExpoPermissions.Manage)]
public sealed class HallsModel : PageModel
{
    internal sealed record HallRow(int Id, string Name, string Floor, int PlanWidth, int PlanHeight, int Booths, int Blocked);

    internal IReadOnlyList<HallRow> Rows { get; private set; } = [];

    public async Task OnGetAsync() => Rows = await this.Service<ExpoDbContext>().Halls.AsNoTracking().OrderBy(h => h.Id)
        .Select(h => new HallRow(h.Id, h.Name, h.Floor, h.PlanWidth, h.PlanHeight, h.Booths.Count, h.Booths.Count(b => b.IsBlocked)))
        .ToListAsync(HttpContext.RequestAborted);

    public static string BoothsUrl(int hallId) => $"/admin/expo/halls/{hallId}/booths";
}
