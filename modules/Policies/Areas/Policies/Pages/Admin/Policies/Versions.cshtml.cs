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

    internal VersionComparison Comparison { get; private set; } = new([], 0, 0, null);

    public async Task<IActionResult> OnGetAsync(int id, int? from, int? to)
    {
        Policy = await this.Service<PolicyAdminQueries>().FindAsync(id, HttpContext.RequestAborted);
        if (Policy is null)
        {
            return NotFound();
        }

        Comparison = await VersionComparison.LoadAsync(this.Service<PoliciesDbContext>(), id, from, to, HttpContext.RequestAborted);
        return Page();
    }
}
