using Microsoft.EntityFrameworkCore;
using Portal.Modules.Policies.Data;

namespace Portal.Modules.Policies.Search;

/// <summary>
/// The facet columns of every indexed policy, kept in memory (a singleton) as a <see cref="FinderSnapshot"/> and
/// reloaded when the index's stamp — its row count and highest <see cref="PolicySearchEntry.Revision"/> — changes.
/// Every save that touches a policy raises the revision (the save hook in <see cref="PoliciesDbContext"/>), and
/// the stamp is read from the database, so another instance's edits are seen on the next search too. One small
/// query per search instead of reading every candidate row.
/// </summary>
internal sealed class FinderRowCache
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private volatile Loaded current = new((-1, -1), FinderSnapshot.Empty);

    public async Task<FinderSnapshot> SnapshotAsync(PoliciesDbContext db, CancellationToken cancellationToken)
    {
        var now = await RawQueries.StampAsync(db, cancellationToken);
        var seen = current;
        if (seen.Stamp == now)
        {
            return seen.Snapshot;
        }

        await gate.WaitAsync(cancellationToken);
        try
        {
            if (current.Stamp != now)
            {
                var rows = await db.SearchEntries.AsNoTracking()
                    .Select(e => new FinderRow(e.PolicyId, e.Department, e.Level, e.SupportArea, e.SupportType, e.SegmentMask, e.SizeMask,
                        e.GrantedWithoutApplication, e.State, e.OpensOn, e.ClosesOn, e.PublishedAt))
                    .ToListAsync(cancellationToken);
                current = new Loaded(now, new FinderSnapshot(rows));
            }

            return current.Snapshot;
        }
        finally
        {
            gate.Release();
        }
    }

    private sealed record Loaded((long Count, long Revision) Stamp, FinderSnapshot Snapshot);
}
