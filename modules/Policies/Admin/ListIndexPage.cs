using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Modules.Policies.Domain;

namespace Portal.Modules.Policies.Admin;

/// <summary>
/// The staff list page of the resource or the project list: one page of the filtered items (the last changed first),
/// the total, page links that keep the filter, and the message a change left behind.
/// </summary>
public abstract class ListIndexPage : PageModel
{
    public int Total { get; private set; }

    public AdminPager Pager { get; private set; } = new(1, 1, _ => "");

    [TempData]
    public string? StatusMessage { get; set; }

    /// <summary>Page <paramref name="page"/> (kept within 1–10,000) of <paramref name="filtered"/>; page n links to <paramref name="path"/> with <paramref name="queryString"/>(n).</summary>
    private protected async Task<IReadOnlyList<T>> PageAsync<T>(IQueryable<T> filtered, int page, int pageSize, string path, Func<int?, string> queryString)
        where T : class, IStamped
    {
        var number = Math.Clamp(page, 1, 10_000);
        (var items, Total) = await AdminQuery.PageAsync(filtered, number, pageSize, HttpContext.RequestAborted);
        Pager = new AdminPager(number, AdminPager.PageCountOf(Total, pageSize), p => path + queryString(p));
        return items;
    }
}
