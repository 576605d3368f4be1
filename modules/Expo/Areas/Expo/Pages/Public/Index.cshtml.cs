using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Modules.Expo.Public;

namespace Portal.Modules.Expo.Areas.Expo.Pages.Public;

/// <summary>/expo: upcoming expos, soonest first, and the archive of finished ones, newest first, 10 a page.</summary>
[AllowAnonymous]
public sealed class IndexModel : PageModel
{
    private PublicExpoQueries expos => this.Service<PublicExpoQueries>();

    internal IReadOnlyList<ExpoSummary> Upcoming { get; private set; } = [];

    internal ArchivePage Archive { get; private set; } = new([], 0, 1, 1);

    public async Task OnGetAsync([FromQuery(Name = "page")] int page = 1)
    {
        Upcoming = await expos.UpcomingAsync(HttpContext.RequestAborted);
        Archive = await expos.ArchiveAsync(page, HttpContext.RequestAborted);
    }

    public static string ArchiveUrl(int page) => page > 1 ? $"/expo?page={page}#archive" : "/expo#archive";
}
