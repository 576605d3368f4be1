using Portal.Modules.Policies.Data;

namespace Portal.Modules.Policies.Domain;

/// <summary>A policy's versions with two of them compared (the latest two unless chosen); what the version partial shows.</summary>
internal sealed record VersionComparison(IReadOnlyList<PolicyVersion> Versions, int From, int To, IReadOnlyList<DiffLine>? Diff)
{
    public static async Task<VersionComparison> LoadAsync(PoliciesDbContext db, int policyId, int? from, int? to, CancellationToken cancellationToken)
    {
        var versions = await PolicyHistory.VersionsAsync(db, policyId, cancellationToken);
        if (versions.Count == 0)
        {
            return new VersionComparison(versions, 0, 0, null);
        }

        var newest = to ?? versions[0].Number;
        var oldest = from ?? Math.Max(1, newest - 1);
        return new VersionComparison(versions, oldest, newest, await PolicyHistory.DiffAsync(db, policyId, oldest, newest, cancellationToken));
    }
}
