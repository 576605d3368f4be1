using Portal.Core.Time;

namespace Portal.Modules.RedHelp.Domain;

/// <summary>
/// Due times in working days by category (consultation 3, ordinary 10, complex 25), from Core's calendar,
/// so holidays are skipped and make-up working days count. Bound from <c>RedHelp:DueDays</c>.
/// </summary>
internal sealed class DueDates(WorkingDayCalendar calendar, DueDayOptions options)
{
    public int WorkingDaysFor(DemandCategory category) => options.For(category);

    public DateOnly DueOn(DateOnly dispatchedOn, DemandCategory category) =>
        calendar.AddWorkingDays(dispatchedOn, WorkingDaysFor(category));

    /// <summary>Working days left until the due date; negative when overdue.</summary>
    public int WorkingDaysLeft(DateOnly today, DateOnly dueOn) => calendar.WorkingDaysBetween(today, dueOn);
}

internal sealed class DueDayOptions
{
    public const string Section = "RedHelp:DueDays";

    public int Consultation { get; set; } = 3;

    public int Ordinary { get; set; } = 10;

    public int Complex { get; set; } = 25;

    public int For(DemandCategory category) => category switch
    {
        DemandCategory.Policy => Consultation,
        DemandCategory.Land or DemandCategory.Investment or DemandCategory.Approvals => Complex,
        _ => Ordinary,
    };
}
