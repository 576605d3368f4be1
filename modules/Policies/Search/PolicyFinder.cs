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
/// The public finder over policy_search: the text goes to the index (FTS5 on SQLite, tsvector on PostgreSQL) and
/// comes back as the matching ids; the facet columns of every indexed policy are in <see cref="FinderRowCache"/>.
/// One pass over the cached rows filters and counts every facet (<see cref="FacetTally"/>), the page is read off a
/// precomputed order, and only the page's policies are then read in full.
/// </summary>
internal sealed class PolicyFinder(PoliciesDbContext db, TimeProvider time, FinderRowCache cache)
{
    public const int PageSize = 20;

    public async Task<FinderResult> SearchAsync(PolicyFilter filter, CancellationToken cancellationToken, int pageSize = PageSize)
    {
        // One open connection for the stamp, the text query and the page's policies (EF and ADO.NET share it).
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            return await SearchOpenAsync(filter, pageSize, cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private async Task<FinderResult> SearchOpenAsync(PolicyFilter filter, int pageSize, CancellationToken cancellationToken)
    {
        var today = time.ChinaToday();
        var terms = SearchTerms.Parse(filter.Q);
        var snapshot = await cache.SnapshotAsync(db, cancellationToken);
        var candidates = await CandidatesAsync(snapshot, terms, cancellationToken);
        var tally = new FacetTally(snapshot, today);
        var matching = new bool[snapshot.Rows.Length];
        var total = 0;
        for (var i = 0; i < matching.Length; i++)
        {
            if (candidates is null || candidates[i])
            {
                var failed = filter.Failures(snapshot.Rows[i], today);
                tally.Add(i, failed);
                if (failed == 0)
                {
                    matching[i] = true;
                    total++;
                }
            }
        }

        var pageCount = Math.Max(1, (total + pageSize - 1) / pageSize);
        var page = Math.Clamp(filter.Page, 1, pageCount);
        var pageIds = Ordered(snapshot, matching, filter.Sort, today).Skip((page - 1) * pageSize).Take(pageSize)
            .Select(i => snapshot.Rows[i].PolicyId).ToList();
        var hits = await HitsAsync(pageIds, terms, today, cancellationToken);
        return new FinderResult(
            filter with { Page = page },
            hits,
            total,
            page,
            pageCount,
            tally.Levels,
            tally.Departments,
            tally.Areas,
            tally.Types,
            tally.Segments,
            tally.Sizes,
            tally.Windows,
            tally.Free);
    }

    /// <summary>Would the finder list this policy under the filter (ignoring sort and paging)?</summary>
    internal async Task<bool> MatchesAsync(PolicyFilter filter, int policyId, CancellationToken cancellationToken)
    {
        var snapshot = await cache.SnapshotAsync(db, cancellationToken);
        var position = snapshot.PositionOf(policyId);
        if (position < 0)
        {
            return false;
        }

        var candidates = await CandidatesAsync(snapshot, SearchTerms.Parse(filter.Q), cancellationToken);
        return (candidates is null || candidates[position]) && filter.Accepts(snapshot.Rows[position], time.ChinaToday());
    }

    /// <summary>
    /// Which cached rows have every word of <paramref name="terms"/>, by position; null when there are no words
    /// (every row is a candidate).
    /// </summary>
    private async Task<bool[]?> CandidatesAsync(FinderSnapshot snapshot, SearchTerms terms, CancellationToken cancellationToken)
    {
        if (terms.IsEmpty)
        {
            return null;
        }

        var candidates = new bool[snapshot.Rows.Length];
        foreach (var id in await RawQueries.MatchingIdsAsync(db, terms, cancellationToken))
        {
            var position = snapshot.PositionOf(id);
            if (position >= 0)
            {
                candidates[position] = true;
            }
        }

        return candidates;
    }

    /// <summary>The matching positions in the sort's order: newest first, or by deadline with closed policies last.</summary>
    private static IEnumerable<int> Ordered(FinderSnapshot snapshot, bool[] matching, PolicySort sort, DateOnly today)
    {
        if (sort != PolicySort.Deadline)
        {
            return snapshot.Newest.Where(i => matching[i]);
        }

        return snapshot.ByDeadline.Where(i => matching[i] && !snapshot.Rows[i].IsClosed(today))
            .Concat(snapshot.ByDeadline.Where(i => matching[i] && snapshot.Rows[i].IsClosed(today)));
    }

    private async Task<List<FinderHit>> HitsAsync(List<int> ids, SearchTerms terms, DateOnly today, CancellationToken cancellationToken)
    {
        // Only the columns a card shows (no eligibility lists, contact or other text to read and convert).
        var policies = await db.Policies.AsNoTracking().Where(p => ids.Contains(p.Id)).Select(p => new Policy
        {
            Id = p.Id,
            Slug = p.Slug,
            Title = p.Title,
            BodyMarkdown = p.BodyMarkdown,
            DocumentNumber = p.DocumentNumber,
            IssuingDepartment = p.IssuingDepartment,
            Level = p.Level,
            SupportArea = p.SupportArea,
            SupportType = p.SupportType,
            MaxAmountWan = p.MaxAmountWan,
            GrantedWithoutApplication = p.GrantedWithoutApplication,
            State = p.State,
            OpensOn = p.OpensOn,
            ClosesOn = p.ClosesOn,
            PublishedAt = p.PublishedAt,
            UpdatedAt = p.UpdatedAt,
        }).ToDictionaryAsync(p => p.Id, cancellationToken);
        return [.. ids.Where(policies.ContainsKey).Select(id => policies[id]).Select(p => new FinderHit(
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
