using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;

namespace Portal.Core.Enterprises;

/// <summary>The read side of enterprises: lookups, the faceted directory search and counts.</summary>
internal sealed class EnterpriseQueries(CoreDbContext db) : IEnterpriseDirectory
{
    public const int MaxPageSize = 100;

    public Task<EnterpriseProfile?> FindAsync(int id, CancellationToken cancellationToken = default) =>
        Profiles(db.Enterprises.Where(e => e.Id == id)).FirstOrDefaultAsync(cancellationToken);

    public Task<EnterpriseProfile?> FindBySlugAsync(string slug, CancellationToken cancellationToken = default) =>
        Profiles(db.Enterprises.Where(e => e.Slug == slug)).FirstOrDefaultAsync(cancellationToken);

    public Task<EnterpriseProfile?> FindByOwnerAsync(string userId, CancellationToken cancellationToken = default) =>
        Profiles(db.Enterprises.Where(e => e.OwnerUserId == userId)).FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<EnterpriseProfile>> ListAsync(IReadOnlyCollection<int> ids, CancellationToken cancellationToken = default) =>
        await Profiles(db.Enterprises.Where(e => ids.Contains(e.Id))).ToListAsync(cancellationToken);

    public async Task<EnterpriseSearchResult> SearchAsync(EnterpriseSearch search, CancellationToken cancellationToken = default)
    {
        var pageSize = Math.Clamp(search.PageSize, 1, MaxPageSize);
        var baseQuery = Base(search);

        // Each facet counts under every filter but its own, so a user sees what choosing it would give.
        var bySegment = await Filter(baseQuery, search with { Segment = null })
            .GroupBy(e => e.Segment).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var byTown = await Filter(baseQuery, search with { TownId = null })
            .GroupBy(e => e.TownId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var bySize = await Filter(baseQuery, search with { Size = null })
            .GroupBy(e => e.Size).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var aboveSize = await Filter(baseQuery, search with { AboveDesignatedSize = null }).CountAsync(e => e.AboveDesignatedSize, cancellationToken);

        var filtered = Filter(baseQuery, search);
        var total = await filtered.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + pageSize - 1) / pageSize);
        var page = Math.Clamp(search.Page, 1, pageCount);
        var items = await Profiles(filtered.OrderByDescending(e => e.IsLeading).ThenBy(e => e.Name).ThenBy(e => e.Id)
                .Skip((page - 1) * pageSize).Take(pageSize))
            .ToListAsync(cancellationToken);
        return new EnterpriseSearchResult(items, total, bySegment, byTown, bySize, aboveSize);
    }

    public async Task<IReadOnlyList<TownInfo>> TownsAsync(CancellationToken cancellationToken = default) =>
        await db.Towns.AsNoTracking().OrderBy(t => t.SortOrder).ThenBy(t => t.Id)
            .Select(t => new TownInfo(t.Id, t.Name, t.Kind)).ToListAsync(cancellationToken);

    public async Task<EnterpriseCounts> CountsAsync(CancellationToken cancellationToken = default)
    {
        var counts = await db.Enterprises.Where(e => e.Verification == VerificationState.Verified)
            .GroupBy(_ => 1)
            .Select(g => new EnterpriseCounts(g.Count(), g.Count(e => e.AboveDesignatedSize), g.Count(e => e.IsLeading)))
            .FirstOrDefaultAsync(cancellationToken);
        return counts ?? new EnterpriseCounts(0, 0, 0);
    }

    private IQueryable<Enterprise> Base(EnterpriseSearch search)
    {
        var query = db.Enterprises.AsNoTracking();
        if (search.VerifiedOnly)
        {
            query = query.Where(e => e.Verification == VerificationState.Verified);
        }

        var text = search.Text?.Trim();
        if (!string.IsNullOrEmpty(text))
        {
            var code = CreditCode.Normalize(text);
            query = query.Where(e => e.Name.Contains(text) || e.CreditCode == code);
        }

        return query;
    }

    private static IQueryable<Enterprise> Filter(IQueryable<Enterprise> query, EnterpriseSearch search)
    {
        if (search.Segment is { } segment)
        {
            query = query.Where(e => e.Segment == segment);
        }

        if (search.TownId is { } town)
        {
            query = query.Where(e => e.TownId == town);
        }

        if (search.Size is { } size)
        {
            query = query.Where(e => e.Size == size);
        }

        if (search.AboveDesignatedSize is { } above)
        {
            query = query.Where(e => e.AboveDesignatedSize == above);
        }

        return query;
    }

    private static IQueryable<EnterpriseProfile> Profiles(IQueryable<Enterprise> query) => query.AsNoTracking().Select(e => new EnterpriseProfile(
        e.Id, e.Name, e.Slug, e.CreditCode, e.Segment, e.TownId, e.Town!.Name, e.Size, e.AboveDesignatedSize,
        e.IsLeading, e.FoundedYear, e.Verification, e.OwnerUserId, e.ContactName, e.ContactPhone));
}
