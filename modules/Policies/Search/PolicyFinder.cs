using Microsoft.EntityFrameworkCore;
using Portal.Core.Time;
using Portal.Modules.Policies.Data;
using Portal.Modules.Policies.Domain;

namespace Portal.Modules.Policies.Search;

/// <summary>A facet value with the number of policies it would show under the other filters.</summary>
public sealed record FacetCount<T>(T Value, int Count);

/// <summary>One hit: the policy's card data; <see cref="TitleHtml"/> and <see cref="SnippetHtml"/> are encoded with &lt;mark&gt; hits.</summary>
public sealed record FinderHit(
    int Id,
    string Slug,
    string Title,
    string TitleHtml,
    string SnippetHtml,
    string DocumentNumber,
    string Department,
    PolicyLevel Level,
    SupportArea Area,
    SupportType Type,
    decimal? MaxAmountWan,
    bool GrantedWithoutApplication,
    PolicyWindow Window,
    DateOnly? ClosesOn,
    int? DaysLeft,
    DateTime PublishedAt);

public sealed record FinderResult(
    PolicyFilter Filter,
    IReadOnlyList<FinderHit> Hits,
    int Total,
    int Page,
    int PageCount,
    IReadOnlyList<FacetCount<PolicyLevel>> Levels,
    IReadOnlyList<FacetCount<string>> Departments,
    IReadOnlyList<FacetCount<SupportArea>> Areas,
    IReadOnlyList<FacetCount<SupportType>> Types,
    IReadOnlyList<FacetCount<Portal.Core.Enterprises.Segment>> Segments,
    IReadOnlyList<FacetCount<Portal.Core.Enterprises.SizeClass>> Sizes,
    IReadOnlyList<FacetCount<PolicyWindow>> Windows,
    int Free);

/// <summary>
/// The public finder over policy_search: the text goes to the index (FTS5 on SQLite, tsvector on PostgreSQL),
/// the candidates' facet columns come back in one query, and filtering, facet counts (each under the other
/// filters), sorting and paging happen in memory; only the page's policies are then read in full.
/// </summary>
internal sealed class PolicyFinder(PoliciesDbContext db, TimeProvider time, FinderRowCache cache)
{
    public const int PageSize = 20;

    public async Task<FinderResult> SearchAsync(PolicyFilter filter, CancellationToken cancellationToken, int pageSize = PageSize)
    {
        var today = time.ChinaToday();
        var terms = SearchTerms.Parse(filter.Q);
        var rows = await CandidatesAsync(terms, cancellationToken);
        var matching = rows.Where(r => filter.Accepts(r, today)).ToList();
        IEnumerable<FinderRow> ordered = filter.Sort == PolicySort.Deadline
            ? matching.OrderBy(r => r.IsClosed(today)).ThenBy(r => r.ClosesOn ?? DateOnly.MaxValue).ThenByDescending(r => r.PublishedAt)
            : matching.OrderByDescending(r => r.PublishedAt).ThenByDescending(r => r.PolicyId);
        var pageCount = Math.Max(1, (matching.Count + pageSize - 1) / pageSize);
        var page = Math.Clamp(filter.Page, 1, pageCount);
        var pageIds = ordered.Skip((page - 1) * pageSize).Take(pageSize).Select(r => r.PolicyId).ToList();
        var hits = await HitsAsync(pageIds, terms, today, cancellationToken);

        List<FacetCount<T>> Count<T>(FacetKind kind, IEnumerable<T> values, Func<FinderRow, T, bool> has)
            where T : notnull
        {
            var under = rows.Where(r => filter.Accepts(r, today, kind)).ToList();
            return [.. values.Select(v => new FacetCount<T>(v, under.Count(r => has(r, v))))];
        }

        var departments = rows.Where(r => filter.Accepts(r, today, FacetKind.Department))
            .GroupBy(r => r.Department).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new FacetCount<string>(g.Key, g.Count())).ToList();
        return new FinderResult(
            filter with { Page = page },
            hits,
            matching.Count,
            page,
            pageCount,
            Count(FacetKind.Level, PolicyNames.Levels, (r, v) => r.Level == v),
            departments,
            Count(FacetKind.Area, PolicyNames.Areas, (r, v) => r.SupportArea == v),
            Count(FacetKind.Type, PolicyNames.Types, (r, v) => r.SupportType == v),
            Count(FacetKind.Segment, Portal.Core.Enterprises.Segments.All, (r, v) => r.ForSegment(v)),
            Count(FacetKind.Size, Portal.Core.Enterprises.SizeClasses.All, (r, v) => r.ForSize(v)),
            Count(FacetKind.Window, Enum.GetValues<PolicyWindow>(), (r, v) => r.In(v, today)),
            rows.Count(r => filter.Accepts(r, today, FacetKind.Free) && r.GrantedWithoutApplication));
    }

    /// <summary>Would the finder list this policy under the filter (ignoring sort and paging)?</summary>
    internal async Task<bool> MatchesAsync(PolicyFilter filter, int policyId, CancellationToken cancellationToken)
    {
        var row = (await CandidatesAsync(SearchTerms.Parse(filter.Q), cancellationToken)).FirstOrDefault(r => r.PolicyId == policyId);
        return row is not null && filter.Accepts(row, time.ChinaToday());
    }

    /// <summary>The indexed policies whose text has every word of <paramref name="terms"/> (all of them when empty).</summary>
    internal async Task<IReadOnlyList<FinderRow>> CandidatesAsync(SearchTerms terms, CancellationToken cancellationToken)
    {
        var all = await cache.RowsAsync(db, cancellationToken);
        if (terms.IsEmpty)
        {
            return all;
        }

        var matched = (await RawQueries.MatchingIdsAsync(db, terms, cancellationToken)).ToHashSet();
        return [.. all.Where(r => matched.Contains(r.PolicyId))];
    }

    private async Task<List<FinderHit>> HitsAsync(List<int> ids, SearchTerms terms, DateOnly today, CancellationToken cancellationToken)
    {
        var policies = await db.Policies.AsNoTracking().Where(p => ids.Contains(p.Id)).ToListAsync(cancellationToken);
        return [.. ids.Select(id => policies.Single(p => p.Id == id)).Select(p => new FinderHit(
            p.Id,
            p.Slug,
            p.Title,
            Highlighter.Mark(p.Title, terms.Words),
            Highlighter.Snippet(PlainText.FromMarkdown(p.BodyMarkdown), terms.Words),
            p.DocumentNumber,
            p.IssuingDepartment,
            p.Level,
            p.SupportArea,
            p.SupportType,
            p.MaxAmountWan,
            p.GrantedWithoutApplication,
            WindowOf(p, today),
            p.ClosesOn,
            p.State == PolicyState.Published ? p.DaysLeft(today) : null,
            p.PublishedAt ?? p.UpdatedAt))];
    }

    internal static PolicyWindow WindowOf(Policy p, DateOnly today)
    {
        var row = new FinderRow(p.Id, "", p.Level, p.SupportArea, p.SupportType, 0, 0, false, p.State, p.OpensOn, p.ClosesOn, DateTime.MinValue);
        return row.IsClosed(today) ? PolicyWindow.Closed
            : row.In(PolicyWindow.Upcoming, today) ? PolicyWindow.Upcoming
            : row.In(PolicyWindow.ClosingSoon, today) ? PolicyWindow.ClosingSoon
            : PolicyWindow.Open;
    }
}
