using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Modules.Policies.Admin;
using Portal.Modules.Policies.Domain;

namespace Portal.Modules.Policies.Areas.Policies.Pages.Admin.Policies;

/// <summary>/admin/policies: the staff list of policies, filtered by text, state, level and area, exportable.</summary>
[Authorize(Policy = PoliciesPermissions.Manage)]
public sealed class IndexModel : PageModel
{
    public PolicyAdminFilter Filter { get; private set; } = new();

    internal IReadOnlyList<Policy> Items { get; private set; } = [];

    public int Total { get; private set; }

    public int PageNumber { get; private set; } = 1;

    public int PageCount => Math.Max(1, (Total + PolicyAdminQueries.PageSize - 1) / PolicyAdminQueries.PageSize);

    internal IReadOnlyDictionary<PolicyState, int> Counts { get; private set; } = new Dictionary<PolicyState, int>();

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task OnGetAsync(string? q, PolicyState? state, PolicyLevel? level, SupportArea? area, [FromQuery(Name = "page")] int page = 1)
    {
        // Unknown enum values in the query are dropped by model binding; nothing here can throw on bad input.
        Filter = new PolicyAdminFilter(q?.Length > 100 ? q[..100] : q, state, level, area);
        var queries = this.Service<PolicyAdminQueries>();
        PageNumber = Math.Clamp(page, 1, 10_000);
        (Items, Total) = await queries.PageAsync(Filter, PageNumber, HttpContext.RequestAborted);
        Counts = await queries.CountsAsync(HttpContext.RequestAborted);
    }
}
