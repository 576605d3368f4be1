using Portal.Core.Enterprises;
using Portal.Modules.Policies.Domain;

namespace Portal.Modules.Policies.Search;

/// <summary>The facet columns of one indexed policy, as the finder filters and counts them in memory.</summary>
internal sealed record FinderRow(
    int PolicyId,
    string Department,
    PolicyLevel Level,
    SupportArea SupportArea,
    SupportType SupportType,
    int SegmentMask,
    int SizeMask,
    bool GrantedWithoutApplication,
    PolicyState State,
    DateOnly? OpensOn,
    DateOnly? ClosesOn,
    DateTime PublishedAt)
{
    public const int ClosingSoonDays = 30;

    public bool ForSegment(Segment segment) => SegmentMask == 0 || (SegmentMask & (1 << (int)segment)) != 0;

    public bool ForSize(SizeClass size) => SizeMask == 0 || (SizeMask & (1 << (int)size)) != 0;

    public bool IsClosed(DateOnly today) => State != PolicyState.Published || ClosesOn < today;

    public bool In(PolicyWindow window, DateOnly today) => window switch
    {
        PolicyWindow.Closed => IsClosed(today),
        PolicyWindow.Upcoming => !IsClosed(today) && OpensOn > today,
        PolicyWindow.Open => !IsClosed(today) && !(OpensOn > today),
        PolicyWindow.ClosingSoon => !IsClosed(today) && !(OpensOn > today) && ClosesOn is { } c && c.DayNumber - today.DayNumber <= ClosingSoonDays,
        _ => false,
    };
}
