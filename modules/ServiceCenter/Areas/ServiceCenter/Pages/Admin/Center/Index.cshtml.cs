using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Time;
using Portal.Modules.ServiceCenter.Areas.ServiceCenter.Pages.Center;
using Portal.Modules.ServiceCenter.Data;

namespace Portal.Modules.ServiceCenter.Areas.ServiceCenter.Pages.Admin.Center;

public sealed record PageRow(int Id, string Key, string Title, string UpdatedAt);

/// <summary>/admin/showcase/center: the center's pages and halls, each with its edit link.</summary>
[Authorize(Policy = ServiceCenterPermissions.Manage)]
public sealed class IndexModel : PageModel
{
    public IReadOnlyList<PageRow> Pages { get; private set; } = [];

    public IReadOnlyList<(int Id, HallView Hall)> Halls { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var db = this.Service<ServiceCenterDbContext>();
        Pages = (await db.Pages.AsNoTracking().OrderBy(p => p.SortOrder).ThenBy(p => p.Id).ToListAsync(cancellationToken))
            .Select(p => new PageRow(p.Id, p.Key, p.Title, ChinaTime.Format(p.UpdatedAt))).ToList();
        Halls = (await db.Halls.AsNoTracking().OrderBy(h => h.SortOrder).ThenBy(h => h.Id).ToListAsync(cancellationToken))
            .Select(h => (h.Id, HallView.From(h))).ToList();
    }
}
