using Microsoft.Extensions.Localization;
using Portal.Modules.Policies.Search;

namespace Portal.Modules.Policies.Areas.Policies.Pages.Public;

/// <summary>One facet of a public list as the view shows it: links with counts, the current value marked.</summary>
public sealed record FacetGroup(string Key, string Title, IReadOnlyList<FacetLink> Items)
{
    /// <summary>
    /// The facet <paramref name="key"/> of <paramref name="current"/>: each value with a count (or the selected one) becomes
    /// a link that sets it, or clears it when it is the current one; <paramref name="url"/> turns a filter into its address.
    /// </summary>
    public static FacetGroup Of<TFilter, T>(
        IStringLocalizer l, string key, string title, TFilter current, IEnumerable<FacetCount<T>> counts, Func<T, string> name,
        Func<TFilter, T> get, Func<TFilter, T, TFilter> set, Func<TFilter, string> url)
    {
        var items = counts.Where(c => c.Count > 0 || Equals(get(current), c.Value))
            .Select(c =>
            {
                var selected = Equals(get(current), c.Value);
                return new FacetLink(l[name(c.Value)], c.Count, url(set(current, selected ? default! : c.Value)), selected);
            })
            .ToList();
        return new FacetGroup(key, l[title], items);
    }
}

public sealed record FacetLink(string Label, int Count, string Url, bool Selected);

/// <summary>The page links of a paged list; <see cref="Urls"/>[i] is page i + 1.</summary>
public sealed record Pager(int Page, IReadOnlyList<string> Urls)
{
    public static Pager Of(int page, int pageCount, Func<int, string> url) => new(page, [.. Enumerable.Range(1, pageCount).Select(url)]);
}
