namespace Portal.Core.Enterprises;

/// <summary>What modules may read of an enterprise (matching, routing, showcases).</summary>
public sealed record EnterpriseProfile(
    int Id,
    string Name,
    string Slug,
    string CreditCode,
    Segment Segment,
    int TownId,
    string TownName,
    SizeClass Size,
    bool AboveDesignatedSize,
    bool IsLeading,
    int FoundedYear,
    VerificationState Verification,
    string? OwnerUserId);

/// <summary>The kernel's read side of enterprises, for modules.</summary>
public interface IEnterpriseDirectory
{
    Task<EnterpriseProfile?> FindAsync(int id, CancellationToken cancellationToken = default);

    Task<EnterpriseProfile?> FindByOwnerAsync(string userId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<EnterpriseProfile>> ListAsync(IReadOnlyCollection<int> ids, CancellationToken cancellationToken = default);
}
