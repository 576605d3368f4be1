using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Portal.Modules.Policies.Domain;
using Portal.Modules.Policies.Lists;
using Portal.Modules.Policies.Search;

namespace Portal.Modules.Policies.Areas.Policies.Pages.Public;

/// <summary>/projects: the 项目清单 (派单 + 领办) by year, state and lead unit, searched and paged, with each project's dated progress notes.</summary>
[AllowAnonymous]
public sealed class ProjectsModel(IStringLocalizer<PoliciesResource> l) : PageModel
{
    public ProjectFilter Filter { get; private set; } = new();

    internal ListPage<Project> Result { get; private set; } = null!;

    public IReadOnlyList<FacetGroup> Facets { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Filter = ProjectFilter.From(Request.Query);
        var words = PublicLists.Words(Filter.Q);
        var all = await this.Service<PublicLists>().ProjectsAsync(cancellationToken);
        Result = ListPage<Project>.Of([.. all.Where(p => PublicLists.Accepts(Filter, p, words))], Filter.Page, PublicLists.PageSize, words);
        Filter = Filter with { Page = Result.Page };

        IEnumerable<FacetCount<T>> Counts<T>(string key, IEnumerable<T> values, Func<Project, T, bool> has)
        {
            var under = all.Where(p => PublicLists.Accepts(Filter, p, words, key)).ToList();
            return values.Select(v => new FacetCount<T>(v, under.Count(p => has(p, v))));
        }

        FacetGroup Group<T>(string key, string title, IEnumerable<FacetCount<T>> counts, Func<T, string> name, Func<ProjectFilter, T> get, Func<ProjectFilter, T, ProjectFilter> set) =>
            FacetGroup.Of(l, key, title, Filter, counts, name, get, set, f => UrlOf(f with { Page = 1 }));

        Facets =
        [
            Group("year", "年度", Counts<int?>("year", all.Select(p => (int?)p.Year).Distinct().OrderDescending(), (p, v) => p.Year == v), v => v!.Value.ToString(CultureInfo.InvariantCulture), f => f.Year, (f, v) => f with { Year = v }),
            Group("state", "状态", Counts<ProjectState?>("state", PolicyNames.ProjectStates.Cast<ProjectState?>(), (p, v) => p.State == v), v => v!.Value.ChineseName(), f => f.State, (f, v) => f with { State = v }),
            Group("lead", "牵头单位", Counts<string?>("lead", all.Select(p => p.LeadUnit).Distinct().Order(StringComparer.Ordinal), (p, v) => p.LeadUnit == v), v => v!, f => f.Lead, (f, v) => f with { Lead = v }),
        ];
    }

    public static string UrlOf(ProjectFilter filter) => "/projects" + filter.ToQueryString();

    internal string Mark(string text) => Highlighter.Mark(text, Result.Words);
}
