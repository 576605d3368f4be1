using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Modules.Policies.Admin;
using Portal.Modules.Policies.Domain;

namespace Portal.Modules.Policies.Areas.Policies.Pages.Admin.Projects;

/// <summary>/admin/policies/projects: the staff list of the 项目清单, filtered by year, state and lead unit, paged.</summary>
[Authorize(Policy = PoliciesPermissions.Manage)]
public sealed class IndexModel : PageModel
{
    public ProjectAdminFilter Filter { get; private set; } = new();

    internal IReadOnlyList<Project> Items { get; private set; } = [];

    public IReadOnlyList<int> Years { get; private set; } = [];

    public IReadOnlyList<string> Leads { get; private set; } = [];

    public int Total { get; private set; }

    public AdminPager Pager { get; private set; } = new(1, 1, _ => "");

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task OnGetAsync(string? q, int? year, ProjectState? state, string? lead, [FromQuery(Name = "page")] int page = 1)
    {
        // Values model binding cannot read (state=Galaxy, year=abc) are dropped: that filter is simply not applied.
        Filter = new ProjectAdminFilter(AdminQuery.Text(q), year, state, AdminQuery.Text(lead));
        var queries = this.Service<ProjectAdminQueries>();
        var number = Math.Clamp(page, 1, 10_000);
        (Items, Total) = await queries.PageAsync(Filter, number, HttpContext.RequestAborted);
        Years = await queries.YearsAsync(HttpContext.RequestAborted);
        Leads = await queries.LeadUnitsAsync(HttpContext.RequestAborted);
        var filter = Filter;
        Pager = new AdminPager(number, AdminPager.PageCountOf(Total, ProjectAdminQueries.PageSize), p => "/admin/policies/projects" + filter.QueryString(p));
    }
}
