using Portal.Core.Enterprises;
using Portal.Modules.Policies.Domain;

namespace Portal.Modules.Policies.Matching;

/// <summary>Why an enterprise meets (or misses) one condition of a policy; <see cref="Value"/> is shown in the sentence.</summary>
public enum ReasonKind
{
    Segment,
    AnySegment,
    Size,
    AnySize,
    AboveDesignatedSize,
    BelowDesignatedSize,
    Town,
    FoundedBefore,
    FoundedAfter,
}

public sealed record MatchReason(ReasonKind Kind, string Value);

/// <summary>The structured conditions of a policy, as eligibility reads them (empty sets mean "no restriction").</summary>
internal sealed record PolicyConditions(
    IReadOnlyCollection<Segment> Segments,
    IReadOnlyCollection<SizeClass> Sizes,
    bool? RequiresAboveDesignatedSize,
    IReadOnlyCollection<int> TownIds,
    int? FoundedBeforeYear,
    int? FoundedAfterYear)
{
    public static PolicyConditions Of(Policy p) =>
        new(p.TargetSegments, p.TargetSizes, p.RequiresAboveDesignatedSize, p.TownIds, p.FoundedBeforeYear, p.FoundedAfterYear);
}

/// <summary>Met: every condition holds, with the reasons why; otherwise the conditions it misses.</summary>
internal sealed record EligibilityResult(bool Met, IReadOnlyList<MatchReason> Reasons, IReadOnlyList<MatchReason> Missed);

/// <summary>
/// Does an enterprise's profile meet a policy's conditions? Pure: each condition either holds (a reason to show)
/// or not (a miss); the policy applies only when nothing is missed. Windows and state are the caller's concern.
/// </summary>
internal static class Eligibility
{
    public static EligibilityResult Check(PolicyConditions policy, EnterpriseProfile enterprise)
    {
        var reasons = new List<MatchReason>();
        var missed = new List<MatchReason>();
        void Rule(bool applies, bool holds, MatchReason reason)
        {
            if (applies)
            {
                (holds ? reasons : missed).Add(reason);
            }
        }

        var segment = enterprise.Segment.ChineseName();
        Rule(policy.Segments.Count > 0, policy.Segments.Contains(enterprise.Segment), new(ReasonKind.Segment, segment));
        Rule(policy.Segments.Count == 0, true, new(ReasonKind.AnySegment, segment));
        var size = enterprise.Size.ChineseName();
        Rule(policy.Sizes.Count > 0, policy.Sizes.Contains(enterprise.Size), new(ReasonKind.Size, size));
        Rule(policy.Sizes.Count == 0, true, new(ReasonKind.AnySize, size));
        Rule(policy.RequiresAboveDesignatedSize == true, enterprise.AboveDesignatedSize, new(ReasonKind.AboveDesignatedSize, ""));
        Rule(policy.RequiresAboveDesignatedSize == false, !enterprise.AboveDesignatedSize, new(ReasonKind.BelowDesignatedSize, ""));
        Rule(policy.TownIds.Count > 0, policy.TownIds.Contains(enterprise.TownId), new(ReasonKind.Town, enterprise.TownName));
        Rule(policy.FoundedBeforeYear is not null, enterprise.FoundedYear <= policy.FoundedBeforeYear,
            new(ReasonKind.FoundedBefore, Year(policy.FoundedBeforeYear)));
        Rule(policy.FoundedAfterYear is not null, enterprise.FoundedYear >= policy.FoundedAfterYear,
            new(ReasonKind.FoundedAfter, Year(policy.FoundedAfterYear)));
        return new EligibilityResult(missed.Count == 0, reasons, missed);
    }

    private static string Year(int? year) => year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "";
}
