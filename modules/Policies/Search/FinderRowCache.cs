using Microsoft.EntityFrameworkCore;
using Portal.Modules.Policies.Data;

namespace Portal.Modules.Policies.Search;

/// <summary>
/// The facet columns of every indexed policy, kept in memory (a singleton) and reloaded when the index's
/// stamp — its row count and highest <see cref="PolicySearchEntry.Revision"/> — changes, so another instance's
/// edits are seen on the next search. One small query per search instead of reading every candidate row.
/// </summary>
internal sealed class FinderRowCache
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private (long Count, long Revision) stamp = (-1, -1);
    private IReadOnlyList<FinderRow> rows = [];

    public async Task<IReadOnlyList<FinderRow>> RowsAsync(PoliciesDbContext db, CancellationToken cancellationToken)
    {
        var now = await RawQueries.StampAsync(db, cancellationToken);
        if (now == stamp)
        {
            return rows;
        }

        await gate.WaitAsync(cancellationToken);
        try
        {
            if (now != stamp)
            {
                rows = await db.SearchEntries.AsNoTracking()
                    .Select(e => new FinderRow(e.PolicyId, e.Department, e.Level, e.SupportArea, e.SupportType, e.SegmentMask, e.SizeMask,
                        e.GrantedWithoutApplication, e.State, e.OpensOn, e.ClosesOn, e.PublishedAt))
                    .ToListAsync(cancellationToken);
                stamp = now;
            }

            return rows;
        }
        finally
        {
            gate.Release();
        }
    }
}
