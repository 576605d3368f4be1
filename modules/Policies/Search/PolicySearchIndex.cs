using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Portal.Modules.Policies.Data;
using Portal.Modules.Policies.Domain;

namespace Portal.Modules.Policies.Search;

/// <summary>
/// Keeps policy_search (and SQLite's policy_search_fts) in step with the policies: PoliciesDbContext calls
/// <see cref="RefreshAsync"/> after every save that touched a policy, so whichever service changes a policy
/// (staff, the publish and expire jobs, demo data, imports) the finder sees it. <see cref="RebuildAsync"/>
/// rebuilds the whole index (the daily job, and after bulk loads).
/// </summary>
internal static class PolicySearchIndex
{
    /// <summary>The policies an upcoming save adds, changes or deletes (read before the save: deleted ones lose their state).</summary>
    public static IReadOnlyList<EntityEntry<Policy>> Touched(ChangeTracker tracker) =>
        [.. tracker.Entries<Policy>().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)];

    public static async Task RefreshAsync(PoliciesDbContext db, IReadOnlyCollection<Policy> policies, IReadOnlyCollection<int> deleted, CancellationToken cancellationToken)
    {
        var ids = policies.Select(p => p.Id).Concat(deleted).ToList();
        var existing = await db.SearchEntries.Where(e => ids.Contains(e.PolicyId)).ToDictionaryAsync(e => e.PolicyId, cancellationToken);
        var fts = new List<(int Id, string? Terms)>();
        var revision = (await db.SearchEntries.MaxAsync(e => (long?)e.Revision, cancellationToken) ?? 0) + 1;
        foreach (var id in deleted)
        {
            if (existing.TryGetValue(id, out var gone))
            {
                db.SearchEntries.Remove(gone);
                fts.Add((id, null));
            }
        }

        foreach (var policy in policies)
        {
            existing.TryGetValue(policy.Id, out var entry);
            if (!PolicySearchEntry.IsPublic(policy.State))
            {
                if (entry is not null)
                {
                    db.SearchEntries.Remove(entry);
                    fts.Add((policy.Id, null));
                }

                continue;
            }

            if (entry is null)
            {
                entry = new PolicySearchEntry { PolicyId = policy.Id };
                db.SearchEntries.Add(entry);
            }

            Fill(entry, policy);
            entry.Revision = revision;
            fts.Add((policy.Id, entry.Terms));
        }

        await db.SaveChangesAsync(cancellationToken);
        await WriteFtsAsync(db, fts, cancellationToken);
    }

    public static async Task RebuildAsync(PoliciesDbContext db, CancellationToken cancellationToken)
    {
        await db.SearchEntries.ExecuteDeleteAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("DELETE FROM policy_search_fts", cancellationToken);
        }

        var lastId = 0;
        while (true)
        {
            var batch = await db.Policies.AsNoTracking()
                .Where(p => p.Id > lastId && (p.State == PolicyState.Published || p.State == PolicyState.Expired))
                .OrderBy(p => p.Id).Take(500).ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                return;
            }

            lastId = batch[^1].Id;
            await RefreshAsync(db, batch, [], cancellationToken);
            db.ChangeTracker.Clear();
        }
    }

    internal static void Fill(PolicySearchEntry entry, Policy policy)
    {
        entry.Terms = ChineseBigrams.IndexText(policy.Title, policy.DocumentNumber, policy.IssuingDepartment, PlainText.FromMarkdown(policy.BodyMarkdown));
        entry.Department = policy.IssuingDepartment;
        entry.Level = policy.Level;
        entry.SupportArea = policy.SupportArea;
        entry.SupportType = policy.SupportType;
        entry.SegmentMask = PolicySearchEntry.Mask(policy.TargetSegments);
        entry.SizeMask = PolicySearchEntry.Mask(policy.TargetSizes);
        entry.GrantedWithoutApplication = policy.GrantedWithoutApplication;
        entry.State = policy.State;
        entry.OpensOn = policy.OpensOn;
        entry.ClosesOn = policy.ClosesOn;
        entry.PublishedAt = policy.PublishedAt ?? policy.UpdatedAt;
    }

    private static async Task WriteFtsAsync(PoliciesDbContext db, List<(int Id, string? Terms)> rows, CancellationToken cancellationToken)
    {
        // PostgreSQL generates its tsvector column from Terms; SQLite's FTS5 table is written here.
        if (rows.Count == 0 || !db.Database.IsSqlite())
        {
            return;
        }

        foreach (var (id, terms) in rows)
        {
            await db.Database.ExecuteSqlAsync($"DELETE FROM policy_search_fts WHERE rowid = {id}", cancellationToken);
            if (terms is not null)
            {
                await db.Database.ExecuteSqlAsync($"INSERT INTO policy_search_fts(rowid, Terms) VALUES ({id}, {terms})", cancellationToken);
            }
        }
    }
}
