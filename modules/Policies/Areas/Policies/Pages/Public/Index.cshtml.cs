using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Portal.Core.Enterprises;
using Portal.Modules.Policies.Domain;
using Portal.Modules.Policies.Search;

namespace Portal.Modules.Policies.Areas.Policies.Pages.Public;

/// <summary>/policies: the public finder. Every filter is in the URL (links and a GET form, no JS needed); junk values are dropped.</summary>
[AllowAnonymous]
public sealed class IndexModel : PageModel
{
    public FinderResult Result { get; private set; } = null!;

    public async Task OnGetAsync([FromQuery(Name = "page")] string? page, CancellationToken cancellationToken)
    {
        var filter = PolicyFilter.From(Request.Query);
        var number = int.TryParse(page, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n >= 1 ? n : 1;
        Result = await this.Service<PolicyFinder>().SearchAsync(filter with { Page = number }, cancellationToken);
    }

    /// <summary>The finder's URL for <paramref name="filter"/>.</summary>
    public static string UrlOf(PolicyFilter filter) => "/policies" + filter.ToQueryString();

    /// <summary>The facets, each value a link with its count (names translated through <paramref name="l"/>).</summary>
    public IReadOnlyList<FacetGroup> Facets(IStringLocalizer l)
    {
        FacetGroup Group<T>(string key, string title, IEnumerable<FacetCount<T>> counts, Func<T, string> name, Func<PolicyFilter, T> get, Func<PolicyFilter, T, PolicyFilter> set) =>
            FacetGroup.Of(l, key, title, Result.Filter, counts, name, get, set, f => UrlOf(f with { Page = 1 }));

        return
        [
            Group("window", FilterLabels.Window, Result.Windows.Select(c => new FacetCount<PolicyWindow?>(c.Value, c.Count)), w => FilterLabels.WindowName(w!.Value), f => f.Window, (f, v) => f with { Window = v }),
            Group("free", FilterLabels.Free, [new FacetCount<bool>(true, Result.Free)], _ => FilterLabels.FreeValue, f => f.Free, (f, v) => f with { Free = v }),
            Group("level", FilterLabels.Level, Result.Levels.Select(c => new FacetCount<PolicyLevel?>(c.Value, c.Count)), v => v!.Value.ChineseName(), f => f.Level, (f, v) => f with { Level = v }),
            Group("type", FilterLabels.Type, Result.Types.Select(c => new FacetCount<SupportType?>(c.Value, c.Count)), v => v!.Value.ChineseName(), f => f.Type, (f, v) => f with { Type = v }),
            Group("area", FilterLabels.Area, Result.Areas.Select(c => new FacetCount<SupportArea?>(c.Value, c.Count)), v => v!.Value.ChineseName(), f => f.Area, (f, v) => f with { Area = v }),
            Group("segment", FilterLabels.Segment, Result.Segments.Select(c => new FacetCount<Segment?>(c.Value, c.Count)), v => v!.Value.ChineseName(), f => f.Segment, (f, v) => f with { Segment = v }),
            Group("size", FilterLabels.Size, Result.Sizes.Select(c => new FacetCount<SizeClass?>(c.Value, c.Count)), v => v!.Value.ChineseName(), f => f.Size, (f, v) => f with { Size = v }),
            Group("dept", FilterLabels.Department, Result.Departments.Select(c => new FacetCount<string?>(c.Value, c.Count)), v => v!, f => f.Department, (f, v) => f with { Department = v }),
        ];
    }
}
