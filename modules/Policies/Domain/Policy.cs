using Portal.Core.Enterprises;

namespace Portal.Modules.Policies.Domain;

/// <summary>A policy of the 惠企政策清单. Times are UTC; the application window is in Asia/Shanghai dates.</summary>
internal sealed class Policy
{
    public int Id { get; set; }

    /// <summary>The public address: /policies/{slug}; lower-case letters, digits and hyphens.</summary>
    public string Slug { get; set; } = "";

    public string Title { get; set; } = "";

    /// <summary>文号, e.g. 青府办发〔2024〕12号.</summary>
    public string DocumentNumber { get; set; } = "";

    public string IssuingDepartment { get; set; } = "";

    public PolicyLevel Level { get; set; }

    public SupportArea SupportArea { get; set; }

    public SupportType SupportType { get; set; }

    /// <summary>Segments the policy is for; empty means every segment.</summary>
    public List<Segment> TargetSegments { get; set; } = [];

    /// <summary>Size classes the policy is for; empty means every size.</summary>
    public List<SizeClass> TargetSizes { get; set; } = [];

    /// <summary>true: only enterprises above designated size (规上); false: only those below; null: either.</summary>
    public bool? RequiresAboveDesignatedSize { get; set; }

    /// <summary>Core town/park ids the policy is limited to; empty means anywhere.</summary>
    public List<int> TownIds { get; set; } = [];

    /// <summary>The enterprise must have been founded in or before this year.</summary>
    public int? FoundedBeforeYear { get; set; }

    /// <summary>The enterprise must have been founded in or after this year.</summary>
    public int? FoundedAfterYear { get; set; }

    /// <summary>Maximum support, in 万元.</summary>
    public decimal? MaxAmountWan { get; set; }

    public DateOnly? OpensOn { get; set; }

    /// <summary>The last day applications are accepted (inclusive, China date); the expire job closes it after.</summary>
    public DateOnly? ClosesOn { get; set; }

    /// <summary>免申即享: granted without an application.</summary>
    public bool GrantedWithoutApplication { get; set; }

    public string Contact { get; set; } = "";

    /// <summary>受理地址.</summary>
    public string AcceptanceAddress { get; set; } = "";

    public string SourceUrl { get; set; } = "";

    /// <summary>Markdown (惠及对象, 申报条件, 兑现时限 ...), rendered only by Core's MarkdownRenderer.</summary>
    public string BodyMarkdown { get; set; } = "";

    public PolicyState State { get; set; }

    /// <summary>UTC; when Scheduled, the publish job publishes it at or after this time.</summary>
    public DateTime? PublishAt { get; set; }

    /// <summary>UTC, first publication.</summary>
    public DateTime? PublishedAt { get; set; }

    /// <summary>UTC, last major change while published (the feed and subscribers use it).</summary>
    public DateTime? MajorChangeAt { get; set; }

    public DateTime? ClosedAt { get; set; }

    public string? WithdrawnReason { get; set; }

    /// <summary>The current version number; 0 until first published, then 1, 2 ... (see PolicyVersion).</summary>
    public int Version { get; set; }

    /// <summary>Changes on every save; a save carrying an older token is refused (optimistic concurrency).</summary>
    public Guid ConcurrencyToken { get; set; } = Guid.NewGuid();

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public List<PolicyAttachment> Attachments { get; set; } = [];

    /// <summary>Open for applications on <paramref name="today"/> (China date): published and inside the window.</summary>
    public bool IsOpenOn(DateOnly today) =>
        State == PolicyState.Published && (OpensOn is null || OpensOn <= today) && (ClosesOn is null || today <= ClosesOn);

    /// <summary>Days left until <see cref="ClosesOn"/> inclusive (0 on the last day), or null when open-ended.</summary>
    public int? DaysLeft(DateOnly today) => ClosesOn is { } closes ? closes.DayNumber - today.DayNumber : null;
}

/// <summary>A file attached to a policy, kept in Core's FileStore (PDF, Word or Excel, checked by content).</summary>
internal sealed class PolicyAttachment
{
    public int Id { get; set; }

    public int PolicyId { get; set; }

    public string FileName { get; set; } = "";

    /// <summary>The FileStore key.</summary>
    public string FileKey { get; set; } = "";

    public Portal.Core.Files.FileKind Kind { get; set; }

    public long Size { get; set; }

    public DateTime UploadedAt { get; set; }
}
