namespace Portal.Modules.ServiceCenter.Domain;

public enum ShowcaseState
{
    /// <summary>Being edited by the enterprise; not public.</summary>
    Draft = 0,

    /// <summary>Waiting for staff review; not public.</summary>
    Submitted = 1,

    /// <summary>The public version; at most one per enterprise.</summary>
    Published = 2,

    /// <summary>Refused by staff with a reason; kept for the record.</summary>
    Rejected = 3,

    /// <summary>An earlier published version, replaced by a newer approved one.</summary>
    Superseded = 4,
}

/// <summary>
/// One version of an enterprise's showcase. The published version stays as it is until staff approve
/// the enterprise's working copy (Draft/Submitted), which then replaces it.
/// </summary>
internal sealed class ShowcaseVersion
{
    public int Id { get; set; }

    public int EnterpriseId { get; set; }

    /// <summary>1, 2, 3 ... per enterprise.</summary>
    public int Number { get; set; }

    public ShowcaseState State { get; set; }

    /// <summary>Culture and story, Markdown.</summary>
    public string Culture { get; set; } = "";

    public string? LogoKey { get; set; }

    public int LogoWidth { get; set; }

    public int LogoHeight { get; set; }

    /// <summary>One brand a line.</summary>
    public string Brands { get; set; } = "";

    /// <summary>One honour a line (党员示范岗, 工人先锋号 ...).</summary>
    public string Honours { get; set; } = "";

    public List<ShowcaseProduct> Products { get; set; } = [];

    public DateTime CreatedAt { get; set; }

    public DateTime? SubmittedAt { get; set; }

    public DateTime? ReviewedAt { get; set; }

    public string? ReviewerUserId { get; set; }

    public string? RejectionReason { get; set; }

    public int Revision { get; set; }

    public IEnumerable<string> BrandList => Lines(Brands);

    public IEnumerable<string> HonourList => Lines(Honours);

    private static IEnumerable<string> Lines(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

internal sealed class ShowcaseProduct
{
    public const int MaxImages = 8;

    public int Id { get; set; }

    public int ShowcaseVersionId { get; set; }

    public string Name { get; set; } = "";

    public string Description { get; set; } = "";

    public int SortOrder { get; set; }

    public List<ProductImage> Images { get; set; } = [];
}

internal sealed class ProductImage
{
    public int Id { get; set; }

    public int ProductId { get; set; }

    public string Key { get; set; } = "";

    public int Width { get; set; }

    public int Height { get; set; }

    public string Alt { get; set; } = "";

    public int SortOrder { get; set; }
}
