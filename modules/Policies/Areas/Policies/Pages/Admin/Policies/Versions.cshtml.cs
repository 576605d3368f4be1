using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Modules.Policies.Admin;
using Portal.Modules.Policies.Data;
using Portal.Modules.Policies.Domain;

namespace Portal.Modules.Policies.Areas.Policies.Pages.Admin.Policies;

/// <summary>/admin/policies/{id}/versions: the kept versions and a readable diff between two (latest two by default).</summary>
[Authorize(Policy = PoliciesPermissions.Manage)]
public sealed class VersionsModel : PageModel
{
    internal Policy? Policy { get; private set; }

    internal IReadOnlyList<PolicyVersion> Versions { get; private set; } = [];

    internal IReadOnlyList<DiffLine>? Diff { get; private set; }

    public int From { get; private set; }

    public int To { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, int? from, int? to)
    {
        Policy = await this.Service<PolicyAdminQueries>().FindAsync(id, HttpContext.RequestAborted);
        if (Policy is null)
        {
            return NotFound();
        }

        var db = this.Service<PoliciesDbContext>();
        Versions = await PolicyHistory.VersionsAsync(db, id, HttpContext.RequestAborted);
        if (Versions.Count == 0)
        {
            return Page();
        }

        To = to ?? Versions[0].Number;
        From = from ?? Math.Max(1, To - 1);
        Diff = await PolicyHistory.DiffAsync(db, id, From, To, HttpContext.RequestAborted);
        return Page();
    }
}
