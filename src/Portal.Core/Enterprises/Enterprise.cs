namespace Portal.Core.Enterprises;

public sealed class Enterprise
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    /// <summary>URL name: /enterprises/{slug}. Stable once created.</summary>
    public string Slug { get; set; } = "";

    /// <summary>统一社会信用代码, 18 characters, validated by <see cref="CreditCode"/>.</summary>
    public string CreditCode { get; set; } = "";

    public Segment Segment { get; set; }

    public int TownId { get; set; }

    public Town? Town { get; set; }

    public SizeClass Size { get; set; }

    /// <summary>规上企业: above designated size.</summary>
    public bool AboveDesignatedSize { get; set; }

    /// <summary>领航企业 / 链主: a leading enterprise of its segment.</summary>
    public bool IsLeading { get; set; }

    public int FoundedYear { get; set; }

    public string ContactName { get; set; } = "";

    public string ContactPhone { get; set; } = "";

    public string ContactEmail { get; set; } = "";

    public VerificationState Verification { get; set; }

    public string? RejectionReason { get; set; }

    public DateTime? VerifiedAt { get; set; }

    /// <summary>The one enterprise user; null for enterprises entered by staff or demo data.</summary>
    public string? OwnerUserId { get; set; }

    public DateTime CreatedAt { get; set; }
}
