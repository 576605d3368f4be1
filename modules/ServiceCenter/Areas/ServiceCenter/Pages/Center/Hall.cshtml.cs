using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Markdown;
using Portal.Modules.ServiceCenter.Data;

namespace Portal.Modules.ServiceCenter.Areas.ServiceCenter.Pages.Center;

/// <summary>/center/halls/{slug}: one hall with its photo and description; an unknown hall is a 404.</summary>
[AllowAnonymous]
public sealed class HallModel : PageModel
{
    public HallView Hall { get; private set; } = null!;

    public string DescriptionHtml { get; private set; } = "";

    public IReadOnlyList<HallView> OtherHalls { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var db = this.Service<ServiceCenterDbContext>();
        var halls = await db.Halls.AsNoTracking().OrderBy(h => h.SortOrder).ThenBy(h => h.Id).ToListAsync(cancellationToken);
        var hall = halls.FirstOrDefault(h => string.Equals(h.Slug, slug, StringComparison.OrdinalIgnoreCase));
        if (hall is null)
        {
            return NotFound();
        }

        Hall = HallView.From(hall);
        DescriptionHtml = this.Service<IMarkdownRenderer>().ToHtml(hall.Description);
        OtherHalls = halls.Where(h => h.Id != hall.Id).Select(HallView.From).ToList();
        return Page();
    }
}
