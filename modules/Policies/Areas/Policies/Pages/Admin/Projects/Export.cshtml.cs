using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Policies.Admin;
using Portal.Modules.Policies.Domain;

namespace Portal.Modules.Policies.Areas.Policies.Pages.Admin.Projects;

/// <summary>/admin/policies/projects/export: the filtered list (the list's filters) as Excel in the import template's columns.</summary>
[Authorize(Policy = PoliciesPermissions.Manage)]
public sealed class ExportModel : PageModel
{
    public async Task<IActionResult> OnGetAsync(string? q, int? year, ProjectState? state, string? lead)
    {
        var filter = new ProjectAdminFilter(AdminQuery.Text(q), year, state, AdminQuery.Text(lead));
        var items = await this.Service<ProjectAdminQueries>().Filtered(filter).OrderBy(p => p.Id).Take(10_000).ToListAsync(HttpContext.RequestAborted);
        return File(ProjectExcel.Write(items), ExcelSheet.ContentType, "项目清单.xlsx");
    }
}
