using Portal.Core.Enterprises;
using Portal.Modules.Policies.Matching;

namespace Portal.Modules.Policies.Tests;

public sealed class EligibilityTests
{
    private static readonly EnterpriseProfile Enterprise = new(
        7, "青山印染有限公司", "qingshan", "91360111MA35XXXXX0", Segment.Dyeing, TownId: 3, "湖坊镇", SizeClass.Medium,
        AboveDesignatedSize: true, IsLeading: false, FoundedYear: 2012, VerificationState.Verified, "u1", "张三", "13800000000");

    private static readonly PolicyConditions Open = new([], [], null, [], null, null);

    private static readonly (string Name, PolicyConditions Conditions, bool Met, string Kinds)[] Rows =
    [
        ("no conditions", Open, true, "AnySegment AnySize"),
        ("its segment", Open with { Segments = [Segment.Dyeing, Segment.Garment] }, true, "Segment AnySize"),
        ("another segment", Open with { Segments = [Segment.Garment] }, false, "Segment"),
        ("its size", Open with { Sizes = [SizeClass.Medium] }, true, "AnySegment Size"),
        ("other sizes", Open with { Sizes = [SizeClass.Small, SizeClass.Micro] }, false, "Size"),
        ("above designated size required", Open with { RequiresAboveDesignatedSize = true }, true, "AnySegment AnySize AboveDesignatedSize"),
        ("below designated size required", Open with { RequiresAboveDesignatedSize = false }, false, "BelowDesignatedSize"),
        ("its town", Open with { TownIds = [1, 3] }, true, "AnySegment AnySize Town"),
        ("another town", Open with { TownIds = [1, 2] }, false, "Town"),
        ("founded in the year allowed (before, inclusive)", Open with { FoundedBeforeYear = 2012 }, true, "AnySegment AnySize FoundedBefore"),
        ("founded too late", Open with { FoundedBeforeYear = 2011 }, false, "FoundedBefore"),
        ("founded in the year allowed (after, inclusive)", Open with { FoundedAfterYear = 2012 }, true, "AnySegment AnySize FoundedAfter"),
        ("founded too early", Open with { FoundedAfterYear = 2013 }, false, "FoundedAfter"),
        ("all conditions met", new([Segment.Dyeing], [SizeClass.Medium], true, [3], 2020, 2000), true, "Segment Size AboveDesignatedSize Town FoundedBefore FoundedAfter"),
        ("one of many missed", new([Segment.Dyeing], [SizeClass.Medium], true, [4], 2020, 2000), false, "Town"),
    ];

    public static TheoryData<string> Names => [.. Rows.Select(r => r.Name)];

    [Theory]
    [MemberData(nameof(Names))]
    public void Conditions_against_a_medium_dyeing_enterprise_above_designated_size(string name)
    {
        var (_, conditions, met, kinds) = Rows.Single(r => r.Name == name);
        var result = Eligibility.Check(conditions, Enterprise);

        Assert.True(met == result.Met, name);
        Assert.Equal(kinds, string.Join(' ', (met ? result.Reasons : result.Missed).Select(r => r.Kind)));
    }

    [Fact]
    public void Reasons_carry_what_to_show()
    {
        var result = Eligibility.Check(new([Segment.Dyeing], [], null, [3], 2015, null), Enterprise);
        Assert.Contains(new MatchReason(ReasonKind.Segment, "印染"), result.Reasons);
        Assert.Contains(new MatchReason(ReasonKind.Town, "湖坊镇"), result.Reasons);
        Assert.Contains(new MatchReason(ReasonKind.FoundedBefore, "2015"), result.Reasons);
    }
}
