using Portal.Core.Enterprises;
using Portal.Modules.Policies.Domain;

namespace Portal.Modules.Policies.Search;

/// <summary>
/// One public policy (Published or Expired) as the finder reads it (table policy_search): the facets as plain
/// columns and the text as bigram tokens. On SQLite the tokens are also in the FTS5 table policy_search_fts
/// (rowid = PolicyId); on PostgreSQL a stored tsvector column with a GIN index is generated from them. Kept in
/// step by <see cref="PolicySearchIndex"/> whenever the context saves a policy.
/// </summary>
internal sealed class PolicySearchEntry
{
    public int PolicyId { get; set; }

    /// <summary>Bigram tokens of title, 文号, department and body, separated by spaces.</summary>
    public string Terms { get; set; } = "";

    public string Department { get; set; } = "";

    public PolicyLevel Level { get; set; }

    public SupportArea SupportArea { get; set; }

    public SupportType SupportType { get; set; }

    /// <summary>Bit (1 &lt;&lt; segment) per target segment; 0 means every segment.</summary>
    public int SegmentMask { get; set; }

    /// <summary>Bit (1 &lt;&lt; size) per target size; 0 means every size.</summary>
    public int SizeMask { get; set; }

    public bool GrantedWithoutApplication { get; set; }

    public PolicyState State { get; set; }

    public DateOnly? OpensOn { get; set; }

    public DateOnly? ClosesOn { get; set; }

    /// <summary>Raised on every change of the index (the highest value is the index's revision); caches compare it.</summary>
    public long Revision { get; set; }

    /// <summary>UTC; the "newest" order.</summary>
    public DateTime PublishedAt { get; set; }

    public static int Mask(IEnumerable<Segment> segments) => segments.Aggregate(0, (m, s) => m | (1 << (int)s));

    public static int Mask(IEnumerable<SizeClass> sizes) => sizes.Aggregate(0, (m, s) => m | (1 << (int)s));

    public static bool IsPublic(PolicyState state) => state is PolicyState.Published or PolicyState.Expired;
}
