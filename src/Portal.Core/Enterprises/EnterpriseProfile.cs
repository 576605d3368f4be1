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
    string? OwnerUserId,
    string ContactName,
    string ContactPhone);

/// <summary>A town, street or park as modules see it.</summary>
public sealed record TownInfo(int Id, string Name, TownKind Kind);

/// <summary>
/// A directory query; every filter is optional. <see cref="Text"/> matches any part of the name or the
/// whole credit code. Results: leading enterprises first, then by name.
/// </summary>
public sealed record EnterpriseSearch(
    string? Text = null,
    Segment? Segment = null,
    int? TownId = null,
    SizeClass? Size = null,
    bool? AboveDesignatedSize = null,
    bool VerifiedOnly = true,
    int Page = 1,
    int PageSize = 20);

/// <summary>One page of results, the total, and per-facet counts under the other filters.</summary>
public sealed record EnterpriseSearchResult(
    IReadOnlyList<EnterpriseProfile> Items,
    int Total,
    IReadOnlyDictionary<Segment, int> BySegment,
    IReadOnlyDictionary<int, int> ByTown,
    IReadOnlyDictionary<SizeClass, int> BySize,
    int AboveDesignatedSize);

/// <summary>Counts for figures: verified enterprises on the chain and those above designated size.</summary>
public sealed record EnterpriseCounts(int Verified, int AboveDesignatedSize, int Leading);

/// <summary>The kernel's read side of enterprises, for modules.</summary>
public interface IEnterpriseDirectory
{
    Task<EnterpriseProfile?> FindAsync(int id, CancellationToken cancellationToken = default);

    Task<EnterpriseProfile?> FindBySlugAsync(string slug, CancellationToken cancellationToken = default);

    Task<EnterpriseProfile?> FindByOwnerAsync(string userId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<EnterpriseProfile>> ListAsync(IReadOnlyCollection<int> ids, CancellationToken cancellationToken = default);

    Task<EnterpriseSearchResult> SearchAsync(EnterpriseSearch search, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<TownInfo>> TownsAsync(CancellationToken cancellationToken = default);

    Task<EnterpriseCounts> CountsAsync(CancellationToken cancellationToken = default);
}
