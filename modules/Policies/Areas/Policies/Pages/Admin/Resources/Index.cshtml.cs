using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Portal.Core.Enterprises;
using Portal.Modules.Policies.Admin;
using Portal.Modules.Policies.Contracts;
using Portal.Modules.Policies.Domain;

namespace Portal.Modules.Policies.Areas.Policies.Pages.Admin.Resources;

/// <summary>/admin/policies/resources: the staff list of the 资源清单, filtered by kind, unit, segment, category and published, paged.</summary>
[Authorize(Policy = PoliciesPermissions.Manage)]
public sealed class IndexModel : ListIndexPage
{
    public ResourceAdminFilter Filter { get; private set; } = new();

    internal IReadOnlyList<Resource> Items { get; private set; } = [];

    public IReadOnlyList<string> Units { get; private set; } = [];

    public async Task OnGetAsync(
        string? q, ResourceKind? kind, string? unit, Segment? segment, NeedCategory? category, bool? published, [FromQuery(Name = "page")] int page = 1)
    {
        // Values model binding cannot read (kind=Galaxy, published=maybe) are dropped: the filter is simply not applied.
        Filter = new ResourceAdminFilter(AdminQuery.Text(q), kind, AdminQuery.Text(unit), segment, category, published);
        var queries = this.Service<ResourceAdminQueries>();
        Items = await PageAsync(queries.Filtered(Filter), page, ResourceAdminQueries.PageSize, "/admin/policies/resources", Filter.QueryString);
        Units = await queries.UnitsAsync(HttpContext.RequestAborted);
    }
}
