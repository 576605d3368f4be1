using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Portal.Core.Enterprises;
using Portal.Modules.Policies.Contracts;
using Portal.Modules.Policies.Domain;
using Portal.Modules.Policies.Lists;
using Portal.Modules.Policies.Search;

namespace Portal.Modules.Policies.Areas.Policies.Pages.Public;

/// <summary>/resources: the 资源清单, filtered by kind, providing unit, segment and category of need, searched and paged; filters in the URL.</summary>
[AllowAnonymous]
public sealed class ResourcesModel(IStringLocalizer<PoliciesResource> l) : PageModel
{
    public ResourceFilter Filter { get; private set; } = new();

    internal ListPage<Resource> Result { get; private set; } = null!;

    public IReadOnlyList<FacetGroup> Facets { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Filter = ResourceFilter.From(Request.Query);
        var words = PublicLists.Words(Filter.Q);
        var all = await this.Service<PublicLists>().ResourcesAsync(cancellationToken);
        Result = ListPage<Resource>.Of([.. all.Where(r => PublicLists.Accepts(Filter, r, words))], Filter.Page, PublicLists.PageSize, words);
        Filter = Filter with { Page = Result.Page };

        IEnumerable<FacetCount<T>> Counts<T>(string key, IEnumerable<T> values, Func<Resource, T, bool> has)
        {
            var under = all.Where(r => PublicLists.Accepts(Filter, r, words, key)).ToList();
            return values.Select(v => new FacetCount<T>(v, under.Count(r => has(r, v))));
        }

        FacetGroup Group<T>(string key, string title, IEnumerable<FacetCount<T>> counts, Func<T, string> name, Func<ResourceFilter, T> get, Func<ResourceFilter, T, ResourceFilter> set) =>
            FacetGroup.Of(l, key, title, Filter, counts, name, get, set, f => UrlOf(f with { Page = 1 }));

        Facets =
        [
            Group("kind", "类别", Counts<ResourceKind?>("kind", PolicyNames.ResourceKinds.Cast<ResourceKind?>(), (r, v) => r.Kind == v), v => v!.Value.ChineseName(), f => f.Kind, (f, v) => f with { Kind = v }),
            Group("need", "解决的需求", Counts<NeedCategory?>("need", PolicyNames.NeedCategories.Cast<NeedCategory?>(), (r, v) => r.Categories.Contains(v!.Value)), v => v!.Value.ChineseName(), f => f.Need, (f, v) => f with { Need = v }),
            Group("segment", "行业", Counts<Segment?>("segment", Segments.All.Cast<Segment?>(), (r, v) => r.Segments.Count == 0 || r.Segments.Contains(v!.Value)), v => v!.Value.ChineseName(), f => f.Segment, (f, v) => f with { Segment = v }),
            Group("unit", "提供单位", Counts<string?>("unit", all.Select(r => r.ProvidingUnit).Distinct().Order(StringComparer.Ordinal), (r, v) => r.ProvidingUnit == v), v => v!, f => f.Unit, (f, v) => f with { Unit = v }),
        ];
    }

    public static string UrlOf(ResourceFilter filter) => "/resources" + filter.ToQueryString();

    internal string Mark(string text) => Highlighter.Mark(text, Result.Words);
}
