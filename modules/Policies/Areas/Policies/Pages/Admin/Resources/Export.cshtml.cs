using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Enterprises;
using Portal.Modules.Policies.Admin;
using Portal.Modules.Policies.Contracts;
using Portal.Modules.Policies.Domain;

namespace Portal.Modules.Policies.Areas.Policies.Pages.Admin.Resources;

/// <summary>/admin/policies/resources/export: the filtered list (the list's filters) as Excel in the import template's columns.</summary>
[Authorize(Policy = PoliciesPermissions.Manage)]
public sealed class ExportModel : PageModel
{
    public async Task<IActionResult> OnGetAsync(string? q, ResourceKind? kind, string? unit, Segment? segment, NeedCategory? category, bool? published)
    {
        var filter = new ResourceAdminFilter(AdminQuery.Text(q), kind, AdminQuery.Text(unit), segment, category, published);
        var items = await this.Service<ResourceAdminQueries>().Filtered(filter).OrderBy(r => r.Id).Take(10_000).ToListAsync(HttpContext.RequestAborted);
        return File(ResourceExcel.Write(items), ExcelSheet.ContentType, "资源清单.xlsx");
    }
}
