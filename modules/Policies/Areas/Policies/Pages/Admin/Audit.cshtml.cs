using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Policies.Data;
using Portal.Modules.Policies.Domain;

namespace Portal.Modules.Policies.Areas.Policies.Pages.Admin;

/// <summary>/admin/policies/audit: every staff change to the lists, newest first (who, when, what).</summary>
[Authorize(Policy = PoliciesPermissions.Manage)]
public sealed class AuditModel : PageModel
{
    public const int PageSize = 50;

    internal IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public int PageNumber { get; private set; } = 1;

    public int PageCount { get; private set; } = 1;

    public async Task OnGetAsync([FromQuery(Name = "page")] int page = 1)
    {
        var db = this.Service<PoliciesDbContext>();
        var total = await db.Audit.CountAsync(HttpContext.RequestAborted);
        PageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        PageNumber = Math.Clamp(page, 1, PageCount);
        Entries = await db.Audit.AsNoTracking().OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync(HttpContext.RequestAborted);
    }
}
