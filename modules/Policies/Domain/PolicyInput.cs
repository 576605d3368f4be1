using System.Security.Claims;
using System.Text.RegularExpressions;
using Portal.Core;
using Portal.Core.Enterprises;
using Portal.Core.Markdown;

namespace Portal.Modules.Policies.Domain;

/// <summary>Who does a staff change (recorded in the audit and in versions).</summary>
internal sealed record Actor(string UserId, string UserName)
{
    /// <summary>The signed-in user of a staff page.</summary>
    public static Actor Of(ClaimsPrincipal user) => new(user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "", user.Identity?.Name ?? "");
}

/// <summary>The editable fields of a policy, as the form and the Excel import give them.</summary>
internal sealed record PolicyInput
{
    public string Title { get; init; } = "";

    /// <summary>Empty: generated.</summary>
    public string? Slug { get; init; }

    public string DocumentNumber { get; init; } = "";

    public string IssuingDepartment { get; init; } = "";

    public PolicyLevel Level { get; init; } = PolicyLevel.District;

    public SupportArea SupportArea { get; init; } = SupportArea.ScaleUp;

    public SupportType SupportType { get; init; } = SupportType.Grant;

    public IReadOnlyList<Segment> TargetSegments { get; init; } = [];

    public IReadOnlyList<SizeClass> TargetSizes { get; init; } = [];

    public bool? RequiresAboveDesignatedSize { get; init; }

    public IReadOnlyList<int> TownIds { get; init; } = [];

    public int? FoundedBeforeYear { get; init; }

    public int? FoundedAfterYear { get; init; }

    public decimal? MaxAmountWan { get; init; }

    public DateOnly? OpensOn { get; init; }

    public DateOnly? ClosesOn { get; init; }

    public bool GrantedWithoutApplication { get; init; }

    public string Contact { get; init; } = "";

    public string AcceptanceAddress { get; init; } = "";

    public string SourceUrl { get; init; } = "";

    public string BodyMarkdown { get; init; } = "";

    public static PolicyInput From(Policy p) => new()
    {
        Title = p.Title, Slug = p.Slug, DocumentNumber = p.DocumentNumber, IssuingDepartment = p.IssuingDepartment,
        Level = p.Level, SupportArea = p.SupportArea, SupportType = p.SupportType, TargetSegments = [.. p.TargetSegments],
        TargetSizes = [.. p.TargetSizes], RequiresAboveDesignatedSize = p.RequiresAboveDesignatedSize, TownIds = [.. p.TownIds],
        FoundedBeforeYear = p.FoundedBeforeYear, FoundedAfterYear = p.FoundedAfterYear, MaxAmountWan = p.MaxAmountWan,
        OpensOn = p.OpensOn, ClosesOn = p.ClosesOn, GrantedWithoutApplication = p.GrantedWithoutApplication,
        Contact = p.Contact, AcceptanceAddress = p.AcceptanceAddress, SourceUrl = p.SourceUrl, BodyMarkdown = p.BodyMarkdown,
    };

    public void ApplyTo(Policy p)
    {
        p.Title = Title.Trim();
        p.DocumentNumber = DocumentNumber.Trim();
        p.IssuingDepartment = IssuingDepartment.Trim();
        p.Level = Level;
        p.SupportArea = SupportArea;
        p.SupportType = SupportType;
        p.TargetSegments = [.. TargetSegments.Distinct().Order()];
        p.TargetSizes = [.. TargetSizes.Distinct().Order()];
        p.RequiresAboveDesignatedSize = RequiresAboveDesignatedSize;
        p.TownIds = [.. TownIds.Distinct().Order()];
        p.FoundedBeforeYear = FoundedBeforeYear;
        p.FoundedAfterYear = FoundedAfterYear;
        p.MaxAmountWan = MaxAmountWan;
        p.OpensOn = OpensOn;
        p.ClosesOn = ClosesOn;
        p.GrantedWithoutApplication = GrantedWithoutApplication;
        p.Contact = Contact.Trim();
        p.AcceptanceAddress = AcceptanceAddress.Trim();
        p.SourceUrl = SourceUrl.Trim();
        p.BodyMarkdown = BodyMarkdown.Replace("\r\n", "\n", StringComparison.Ordinal);
    }
}

/// <summary>The rules a policy's fields follow, shared by the form and the Excel import.</summary>
internal static partial class PolicyRules
{
    public const int MaxBody = 50_000;

    public static Refusal? Check(PolicyInput input)
    {
        if (string.IsNullOrWhiteSpace(input.Title) || input.Title.Trim().Length > 200)
        {
            return new Refusal(nameof(input.Title), "请填写标题（200 字以内）。");
        }

        if (!string.IsNullOrWhiteSpace(input.Slug) && !SlugPattern().IsMatch(input.Slug))
        {
            return new Refusal(nameof(input.Slug), "网址标识只能由小写字母、数字和连字符组成（80 字以内）。");
        }

        if (input.DocumentNumber.Length > 100 || input.IssuingDepartment.Length > 100 || input.Contact.Length > 200 || input.AcceptanceAddress.Length > 200)
        {
            return Refusal.Form("文号、发文单位不超过 100 字，联系方式、受理地址不超过 200 字。");
        }

        if (!Enum.IsDefined(input.Level) || !Enum.IsDefined(input.SupportArea) || !Enum.IsDefined(input.SupportType)
            || input.TargetSegments.Any(s => !Enum.IsDefined(s)) || input.TargetSizes.Any(s => !Enum.IsDefined(s)))
        {
            return Refusal.Form("请从列表中选择层级、支持领域、支持方式、行业和规模。");
        }

        if (input.OpensOn is { } opens && input.ClosesOn is { } closes && closes < opens)
        {
            return new Refusal(nameof(input.ClosesOn), "截止日期不能早于开始日期。");
        }

        if (input.FoundedAfterYear is < 1900 or > 2100 || input.FoundedBeforeYear is < 1900 or > 2100
            || (input.FoundedAfterYear is { } after && input.FoundedBeforeYear is { } before && before < after))
        {
            return new Refusal(nameof(input.FoundedBeforeYear), "成立年份应在 1900 至 2100 之间，且“之前”不早于“之后”。");
        }

        if (input.MaxAmountWan is < 0 or > 1_000_000)
        {
            return new Refusal(nameof(input.MaxAmountWan), "最高金额应在 0 至 1000000 万元之间。");
        }

        if (input.SourceUrl.Length > 500 || (input.SourceUrl.Length > 0 && !IsWebAddress(input.SourceUrl)))
        {
            return new Refusal(nameof(input.SourceUrl), "原文链接须以 http:// 或 https:// 开头（500 字以内）。");
        }

        return input.BodyMarkdown.Length > MaxBody ? new Refusal(nameof(input.BodyMarkdown), "正文不超过 50000 字。") : null;
    }

    public static bool IsWebAddress(string url) =>
        Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && MarkdownRenderer.IsSafeUrl(url.Trim());

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,79}$")]
    public static partial Regex SlugPattern();
}
