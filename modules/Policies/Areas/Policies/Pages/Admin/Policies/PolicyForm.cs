using Portal.Core.Enterprises;
using Portal.Modules.Policies.Domain;

namespace Portal.Modules.Policies.Areas.Policies.Pages.Admin.Policies;

/// <summary>The edit form's fields, bound from the post; <see cref="ToInput"/> hands them to PolicyService.</summary>
public sealed class PolicyForm
{
    public string? Title { get; set; }

    public string? Slug { get; set; }

    public string? DocumentNumber { get; set; }

    public string? IssuingDepartment { get; set; }

    public PolicyLevel Level { get; set; } = PolicyLevel.District;

    public SupportArea SupportArea { get; set; } = SupportArea.ScaleUp;

    public SupportType SupportType { get; set; } = SupportType.Grant;

    public List<Segment> TargetSegments { get; set; } = [];

    public List<SizeClass> TargetSizes { get; set; } = [];

    public bool? RequiresAboveDesignatedSize { get; set; }

    public List<int> TownIds { get; set; } = [];

    public int? FoundedBeforeYear { get; set; }

    public int? FoundedAfterYear { get; set; }

    public decimal? MaxAmountWan { get; set; }

    public DateOnly? OpensOn { get; set; }

    public DateOnly? ClosesOn { get; set; }

    public bool GrantedWithoutApplication { get; set; }

    public string? Contact { get; set; }

    public string? AcceptanceAddress { get; set; }

    public string? SourceUrl { get; set; }

    public string? BodyMarkdown { get; set; }

    internal PolicyInput ToInput() => new()
    {
        Title = Title ?? "", Slug = string.IsNullOrWhiteSpace(Slug) ? null : Slug.Trim(), DocumentNumber = DocumentNumber ?? "",
        IssuingDepartment = IssuingDepartment ?? "", Level = Level, SupportArea = SupportArea, SupportType = SupportType,
        TargetSegments = TargetSegments, TargetSizes = TargetSizes, RequiresAboveDesignatedSize = RequiresAboveDesignatedSize,
        TownIds = TownIds, FoundedBeforeYear = FoundedBeforeYear, FoundedAfterYear = FoundedAfterYear, MaxAmountWan = MaxAmountWan,
        OpensOn = OpensOn, ClosesOn = ClosesOn, GrantedWithoutApplication = GrantedWithoutApplication, Contact = Contact ?? "",
        AcceptanceAddress = AcceptanceAddress ?? "", SourceUrl = SourceUrl ?? "", BodyMarkdown = BodyMarkdown ?? "",
    };

    internal static PolicyForm From(Policy p) => new()
    {
        Title = p.Title, Slug = p.Slug, DocumentNumber = p.DocumentNumber, IssuingDepartment = p.IssuingDepartment, Level = p.Level,
        SupportArea = p.SupportArea, SupportType = p.SupportType, TargetSegments = [.. p.TargetSegments], TargetSizes = [.. p.TargetSizes],
        RequiresAboveDesignatedSize = p.RequiresAboveDesignatedSize, TownIds = [.. p.TownIds], FoundedBeforeYear = p.FoundedBeforeYear,
        FoundedAfterYear = p.FoundedAfterYear, MaxAmountWan = p.MaxAmountWan, OpensOn = p.OpensOn, ClosesOn = p.ClosesOn,
        GrantedWithoutApplication = p.GrantedWithoutApplication, Contact = p.Contact, AcceptanceAddress = p.AcceptanceAddress,
        SourceUrl = p.SourceUrl, BodyMarkdown = p.BodyMarkdown,
    };
}
