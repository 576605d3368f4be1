using Microsoft.AspNetCore.WebUtilities;

namespace Portal.Web.Hosting;

/// <summary>Page numbers for a list whose URL carries its filters; rendered by Pages/Shared/_Pager.cshtml.</summary>
public sealed record Paging(int Page, int PageSize, int Total, string Path, IReadOnlyDictionary<string, string?> Query)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public int Skip => (Math.Clamp(Page, 1, PageCount) - 1) * PageSize;

    public string UrlFor(int page)
    {
        var query = Query.Where(q => !string.IsNullOrEmpty(q.Value) && q.Key != "page").ToDictionary(q => q.Key, q => q.Value);
        if (page > 1)
        {
            query["page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return QueryHelpers.AddQueryString(Path, query);
    }
}
