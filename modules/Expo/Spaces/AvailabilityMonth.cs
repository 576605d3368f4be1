using System.Globalization;

namespace Portal.Modules.Expo.Spaces;

public enum DayAvailability
{
    /// <summary>Before the earliest day a request may start (today plus the lead time), or outside the month.</summary>
    Closed,
    Free,
    Booked,
}

public sealed record CalendarDay(DateOnly Date, DayAvailability State, bool InMonth);

/// <summary>
/// One month of a space's availability as a Monday-first grid of whole weeks. Only approved bookings
/// take a day; a pending request holds nothing.
/// </summary>
public sealed record AvailabilityMonth(DateOnly First, IReadOnlyList<IReadOnlyList<CalendarDay>> Weeks, DateOnly Earliest)
{
    /// <summary>The months a visitor may page through: this month and the next twelve.</summary>
    public const int MonthsAhead = 12;

    public DateOnly Previous => First.AddMonths(-1);

    public DateOnly Next => First.AddMonths(1);

    public static string Key(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>"2026-12" → the first of that month, clamped to this month … <see cref="MonthsAhead"/> ahead; anything else → this month.</summary>
    public static DateOnly Parse(string? month, DateOnly today)
    {
        var first = new DateOnly(today.Year, today.Month, 1);
        if (!DateOnly.TryParseExact(month, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var wanted))
        {
            return first;
        }

        var last = first.AddMonths(MonthsAhead);
        return wanted < first ? first : wanted > last ? last : wanted;
    }

    public bool HasPrevious(DateOnly today) => First > new DateOnly(today.Year, today.Month, 1);

    public bool HasNext(DateOnly today) => First < new DateOnly(today.Year, today.Month, 1).AddMonths(MonthsAhead);

    public static AvailabilityMonth Build(DateOnly first, DateOnly earliest, IEnumerable<(DateOnly StartsOn, DateOnly EndsOn)> taken)
    {
        var booked = new HashSet<DateOnly>();
        foreach (var (starts, ends) in taken)
        {
            for (var d = starts; d <= ends; d = d.AddDays(1))
            {
                booked.Add(d);
            }
        }

        var start = first.AddDays(-(((int)first.DayOfWeek + 6) % 7));
        var end = first.AddMonths(1).AddDays(-1);
        var weeks = new List<IReadOnlyList<CalendarDay>>();
        for (var monday = start; monday <= end; monday = monday.AddDays(7))
        {
            weeks.Add(Enumerable.Range(0, 7).Select(i =>
            {
                var day = monday.AddDays(i);
                var inMonth = day.Month == first.Month;
                var state = booked.Contains(day) ? DayAvailability.Booked : day < earliest || !inMonth ? DayAvailability.Closed : DayAvailability.Free;
                return new CalendarDay(day, state, inMonth);
            }).ToList());
        }

        return new AvailabilityMonth(first, weeks, earliest);
    }
}
