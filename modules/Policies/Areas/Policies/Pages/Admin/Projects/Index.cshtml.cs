using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Portal.Modules.Policies.Admin;
using Portal.Modules.Policies.Domain;

namespace Portal.Modules.Policies.Areas.Policies.Pages.Admin.Projects;

/// <summary>/admin/policies/projects: the staff list of the 项目清单, filtered by year, state and lead unit, paged.</summary>
[Authorize(Policy = PoliciesPermissions.Manage)]
public sealed class IndexModel : ListIndexPage
{
    public ProjectAdminFilter Filter { get; private set; } = new();

    internal IReadOnlyList<Project> Items { get; private set; } = [];

    public IReadOnlyList<int> Years { get; private set; } = [];

    public IReadOnlyList<string> Leads { get; private set; } = [];

    public async Task OnGetAsync(string? q, int? year, ProjectState? state, string? lead, [FromQuery(Name = "page")] int page = 1)
    {
        // Values model binding cannot read (state=Galaxy, year=abc) are dropped: that filter is simply not applied.
        Filter = new ProjectAdminFilter(AdminQuery.Text(q), year, state, AdminQuery.Text(lead));
        var queries = this.Service<ProjectAdminQueries>();
        Items = await PageAsync(queries.Filtered(Filter), page, ProjectAdminQueries.PageSize, "/admin/policies/projects", Filter.QueryString);
        Years = await queries.YearsAsync(HttpContext.RequestAborted);
        Leads = await queries.LeadUnitsAsync(HttpContext.RequestAborted);
    }
}
