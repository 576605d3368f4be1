namespace Portal.Core.Time;

/// <summary>
/// Bound from <c>Portal:Calendar</c>: public holidays (放假) and make-up working days (调休上班).
/// The default configuration ships the State Council's schedule for the current year.
/// </summary>
public sealed class CalendarOptions
{
    public const string Section = "Portal:Calendar";

    public List<DateOnly> Holidays { get; set; } = [];

    public List<DateOnly> MakeUpWorkingDays { get; set; } = [];
}
