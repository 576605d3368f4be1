using Microsoft.EntityFrameworkCore;
using Portal.Modules.Policies.Data;

namespace Portal.Modules.Policies.Domain;

/// <summary>A policy's kept versions and the readable diff between two of them.</summary>
internal static class PolicyHistory
{
    public static Task<List<PolicyVersion>> VersionsAsync(PoliciesDbContext db, int policyId, CancellationToken cancellationToken = default) =>
        db.Versions.AsNoTracking().Where(v => v.PolicyId == policyId).OrderByDescending(v => v.Number).ToListAsync(cancellationToken);

    /// <summary>The diff from version <paramref name="from"/> to <paramref name="to"/>; null when either is unknown.</summary>
    public static async Task<IReadOnlyList<DiffLine>?> DiffAsync(
        PoliciesDbContext db, int policyId, int from, int to, CancellationToken cancellationToken = default)
    {
        var rows = await db.Versions.AsNoTracking()
            .Where(v => v.PolicyId == policyId && (v.Number == from || v.Number == to))
            .ToListAsync(cancellationToken);
        var before = rows.FirstOrDefault(v => v.Number == from) is { } a ? PolicySnapshot.FromJson(a.Snapshot) : null;
        var after = rows.FirstOrDefault(v => v.Number == to) is { } b ? PolicySnapshot.FromJson(b.Snapshot) : null;
        return before is null || after is null ? null : TextDiff.Lines([.. before.ToLines()], [.. after.ToLines()]);
    }
}
