using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Policies.Admin;
using Portal.Modules.Policies.Domain;

namespace Portal.Modules.Policies.Areas.Policies.Pages.Admin;

/// <summary>/admin/policies/export: the filtered list (same filters as the list) as an Excel file in the import template's columns.</summary>
[Authorize(Policy = PoliciesPermissions.Manage)]
public sealed class ExportModel : PageModel
{
    public async Task<IActionResult> OnGetAsync(string? q, PolicyState? state, PolicyLevel? level, SupportArea? area)
    {
        var filter = new PolicyAdminFilter(q?.Length > 100 ? q[..100] : q, state, level, area);
        var policies = await this.Service<PolicyAdminQueries>().Filtered(filter).OrderBy(p => p.Id).Take(10_000).ToListAsync(HttpContext.RequestAborted);
        return File(PolicyExcel.Write(policies), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "政策清单.xlsx");
    }
}
