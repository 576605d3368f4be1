using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Markdown;
using Portal.Modules.ServiceCenter.Data;

namespace Portal.Modules.ServiceCenter.Areas.ServiceCenter.Pages.Center;

/// <summary>/center: what the center is, its "1+1+6" organisation, its halls, opening hours, address and how to get there.</summary>
[AllowAnonymous]
public sealed class IndexModel : PageModel
{
    /// <summary>Pages shown in the visit box rather than in the main text.</summary>
    public static readonly string[] VisitKeys = ["hours", "address", "transport"];

    public IReadOnlyList<CenterSection> Sections { get; private set; } = [];

    public IReadOnlyList<HallView> Halls { get; private set; } = [];

    public CenterSection? About => Sections.FirstOrDefault(s => s.Key == "about");

    public IEnumerable<CenterSection> Visit => VisitKeys.Select(k => Sections.FirstOrDefault(s => s.Key == k)).OfType<CenterSection>();

    public IEnumerable<CenterSection> Others => Sections.Where(s => s.Key != "about" && !VisitKeys.Contains(s.Key));

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var db = this.Service<ServiceCenterDbContext>();
        var markdown = this.Service<IMarkdownRenderer>();
        var pages = await db.Pages.AsNoTracking().OrderBy(p => p.SortOrder).ThenBy(p => p.Id).ToListAsync(cancellationToken);
        Sections = pages.Select(p => new CenterSection(p.Key, p.Title, markdown.ToHtml(p.Body))).ToList();
        Halls = (await db.Halls.AsNoTracking().OrderBy(h => h.SortOrder).ThenBy(h => h.Id).ToListAsync(cancellationToken))
            .Select(HallView.From).ToList();
    }
}
