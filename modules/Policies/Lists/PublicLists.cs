using Microsoft.EntityFrameworkCore;
using Portal.Core.Enterprises;
using Portal.Modules.Policies.Contracts;
using Portal.Modules.Policies.Data;
using Portal.Modules.Policies.Domain;
using Portal.Modules.Policies.Search;

namespace Portal.Modules.Policies.Lists;

/// <summary>One page of a filtered list with the counts of each facet value under the other filters.</summary>
internal sealed record ListPage<T>(IReadOnlyList<T> Items, int Total, int Page, int PageCount, IReadOnlyList<string> Words)
{
    public static ListPage<T> Of(IReadOnlyList<T> matching, int page, int pageSize, IReadOnlyList<string> words)
    {
        var pageCount = Math.Max(1, (matching.Count + pageSize - 1) / pageSize);
        var current = Math.Clamp(page, 1, pageCount);
        return new ListPage<T>([.. matching.Skip((current - 1) * pageSize).Take(pageSize)], matching.Count, current, pageCount, words);
    }
}

/// <summary>
/// The public 资源清单 and 项目清单. The lists are the departments' own (tens to a few hundred items), so they are
/// read whole and filtered, counted and paged in memory; the text search needs every word in title, unit or text.
/// </summary>
internal sealed class PublicLists(PoliciesDbContext db)
{
    public const int PageSize = 12;

    public Task<List<Resource>> ResourcesAsync(CancellationToken cancellationToken) =>
        db.Resources.AsNoTracking().Where(r => r.Published).OrderByDescending(r => r.UpdatedAt).ThenBy(r => r.Id).ToListAsync(cancellationToken);

    public Task<List<Project>> ProjectsAsync(CancellationToken cancellationToken) =>
        db.Projects.AsNoTracking().Include(p => p.Progress)
            .OrderByDescending(p => p.Year).ThenBy(p => p.State).ThenBy(p => p.Id).ToListAsync(cancellationToken);

    public Task<Resource?> ResourceAsync(int id, CancellationToken cancellationToken) =>
        db.Resources.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id && r.Published, cancellationToken);

    /// <summary>Does <paramref name="text"/> hold every word?</summary>
    public static bool HasWords(IReadOnlyList<string> words, params string[] text) =>
        words.All(w => text.Any(t => t.Contains(w, StringComparison.OrdinalIgnoreCase)));

    public static IReadOnlyList<string> Words(string? q) => SearchTerms.Parse(q).Words;

    public static bool Accepts(ResourceFilter f, Resource r, IReadOnlyList<string> words, string? except = null) =>
        (except == "kind" || f.Kind is null || r.Kind == f.Kind)
        && (except == "unit" || f.Unit is null || r.ProvidingUnit == f.Unit)
        && (except == "segment" || f.Segment is not { } s || r.Segments.Count == 0 || r.Segments.Contains(s))
        && (except == "need" || f.Need is not { } n || r.Categories.Contains(n))
        && HasWords(words, r.Title, r.ProvidingUnit, r.Description);

    public static bool Accepts(ProjectFilter f, Project p, IReadOnlyList<string> words, string? except = null) =>
        (except == "year" || f.Year is null || p.Year == f.Year)
        && (except == "state" || f.State is null || p.State == f.State)
        && (except == "lead" || f.Lead is null || p.LeadUnit == f.Lead)
        && HasWords(words, [p.Title, p.LeadUnit, p.Description, .. p.ClaimingUnits]);
}
