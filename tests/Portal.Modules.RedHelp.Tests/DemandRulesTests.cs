using Portal.Core.Time;
using Portal.Modules.RedHelp.Domain;

namespace Portal.Modules.RedHelp.Tests;

public sealed class DemandRulesTests
{
    private static readonly HashSet<(DemandState, DemandState, DemandActor)> Allowed =
    [
        (DemandState.Submitted, DemandState.Dispatched, DemandActor.Staff),
        (DemandState.Submitted, DemandState.Rejected, DemandActor.Staff),
        (DemandState.Dispatched, DemandState.Submitted, DemandActor.Handler),
        (DemandState.Dispatched, DemandState.Dispatched, DemandActor.Staff),
        (DemandState.Dispatched, DemandState.InProgress, DemandActor.Handler),
        (DemandState.InProgress, DemandState.Resolved, DemandActor.Handler),
        (DemandState.Resolved, DemandState.Closed, DemandActor.Enterprise),
        (DemandState.Resolved, DemandState.Closed, DemandActor.Handler),
        (DemandState.Resolved, DemandState.InProgress, DemandActor.Enterprise),
        (DemandState.Submitted, DemandState.Withdrawn, DemandActor.Enterprise),
        (DemandState.Dispatched, DemandState.Withdrawn, DemandActor.Enterprise),
        (DemandState.InProgress, DemandState.Withdrawn, DemandActor.Enterprise),
    ];

    public static TheoryData<DemandState, DemandState, DemandActor> EveryTransitionByEveryRole()
    {
        var data = new TheoryData<DemandState, DemandState, DemandActor>();
        foreach (var from in Enum.GetValues<DemandState>())
        {
            foreach (var to in Enum.GetValues<DemandState>())
            {
                foreach (var actor in Enum.GetValues<DemandActor>())
                {
                    data.Add(from, to, actor);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryTransitionByEveryRole))]
    public void Every_transition_is_allowed_only_to_the_role_the_workflow_names(DemandState from, DemandState to, DemandActor actor) =>
        Assert.Equal(Allowed.Contains((from, to, actor)), DemandRules.CanMove(from, to, actor));

    [Theory]
    [InlineData(Satisfaction.VeryDissatisfied, true)]
    [InlineData(Satisfaction.Dissatisfied, true)]
    [InlineData(Satisfaction.Neutral, false)]
    [InlineData(Satisfaction.Satisfied, false)]
    [InlineData(Satisfaction.VerySatisfied, false)]
    public void Only_dissatisfied_or_worse_reopens(Satisfaction rating, bool reopens) =>
        Assert.Equal(reopens, DemandRules.Reopens(rating));

    /// <summary>The 2026 schedule: 10-01..10-07 off, 09-20 (Sun) and 10-10 (Sat) make-up working days.</summary>
    private static readonly WorkingDayCalendar Calendar2026 = new(new CalendarOptions
    {
        Holidays = [.. Enumerable.Range(1, 7).Select(d => new DateOnly(2026, 10, d)), new(2026, 9, 25)],
        MakeUpWorkingDays = [new(2026, 9, 20), new(2026, 10, 10)],
    });

    [Theory]
    [InlineData(DemandCategory.Labour, "2026-09-30", "2026-10-20")]     // ordinary 10: 10-08, 09, 10 (make-up), 12 … 20
    [InlineData(DemandCategory.Policy, "2026-09-30", "2026-10-10")]     // consultation 3: the holiday week is skipped; 10-08, 10-09, 10-10 (a Saturday, make-up)
    [InlineData(DemandCategory.Policy, "2026-09-18", "2026-09-22")]     // 09-19 (Sat) does not count, 09-20 (Sun, make-up) does: 20, 21, 22
    [InlineData(DemandCategory.Land, "2026-11-02", "2026-12-07")]       // complex 25, no holidays
    public void Due_dates_count_working_days_across_holidays_and_make_up_days(DemandCategory category, string dispatched, string due)
    {
        var dates = new DueDates(Calendar2026, new DueDayOptions());
        Assert.Equal(DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture),
            dates.DueOn(DateOnly.Parse(dispatched, System.Globalization.CultureInfo.InvariantCulture), category));
    }

    [Fact]
    public void Working_days_left_go_negative_when_overdue()
    {
        var dates = new DueDates(Calendar2026, new DueDayOptions());
        Assert.Equal(3, dates.WorkingDaysLeft(new DateOnly(2026, 10, 8), new DateOnly(2026, 10, 12)));
        Assert.Equal(-2, dates.WorkingDaysLeft(new DateOnly(2026, 10, 14), new DateOnly(2026, 10, 12)));
    }
}
