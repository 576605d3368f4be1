using Microsoft.AspNetCore.WebUtilities;

namespace Portal.Modules.ServiceCenter.Areas.ServiceCenter.Pages.Shared;

/// <summary>Page links for a list whose URL carries its filters; rendered by _ListPager.cshtml.</summary>
public sealed record ListPager(int Page, int PageCount, string Path, IReadOnlyDictionary<string, string?> Query)
{
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
