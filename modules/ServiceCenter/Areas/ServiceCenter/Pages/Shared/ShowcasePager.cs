using Microsoft.AspNetCore.WebUtilities;

namespace Portal.Modules.ServiceCenter.Areas.ServiceCenter.Pages.Shared;

/// <summary>
/// Page links for a list whose URL carries its filters (rendered by _ShowcasePager.cshtml): a window of
/// pages around the current one plus the first and the last, so a list of thousands stays short.
/// </summary>
public sealed record ShowcasePager(int Page, int PageSize, int Total, string Path, IReadOnlyDictionary<string, string?> Query)
{
    public const int Window = 2;

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    /// <summary>The page actually shown: a page number out of range is the nearest real page.</summary>
    public int Current => Math.Clamp(Page, 1, PageCount);

    /// <summary>The page numbers to link, with 0 standing for a gap ("…").</summary>
    public IReadOnlyList<int> Links()
    {
        var pages = new List<int>();
        for (var p = 1; p <= PageCount; p++)
        {
            if (p == 1 || p == PageCount || Math.Abs(p - Current) <= Window)
            {
                pages.Add(p);
            }
            else if (pages.Count > 0 && pages[^1] != 0)
            {
                pages.Add(0);
            }
        }

        return pages;
    }

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
