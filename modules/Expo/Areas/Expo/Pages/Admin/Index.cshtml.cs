using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Modules.Expo.Admin;

namespace Portal.Modules.Expo.Areas.Expo.Pages.Admin;

/// <summary>/admin/expo: per expo the applications by state, booths taken of offered, the waitlist and check-ins, with links to review, export and check-in.</summary>
[Authorize(Policy = ExpoPermissions.Manage)]
public sealed class IndexModel : PageModel
{
    internal IReadOnlyList<ExpoFigureRow> Rows { get; private set; } = [];

    public async Task OnGetAsync() => Rows = await this.Service<ExpoAdminQueries>().DashboardAsync(HttpContext.RequestAborted);
}
