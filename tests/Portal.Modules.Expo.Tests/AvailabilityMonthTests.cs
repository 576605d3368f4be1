using Portal.Modules.Expo.Spaces;

namespace Portal.Modules.Expo.Tests;

/// <summary>The availability calendar's month grid: Monday-first whole weeks, approved days booked, days before the lead time closed.</summary>
public sealed class AvailabilityMonthTests
{
    private static readonly DateOnly Today = new(2026, 12, 2);

    [Fact]
    public void December_2026_starts_on_a_Tuesday_and_fills_five_whole_weeks()
    {
        var month = AvailabilityMonth.Build(new DateOnly(2026, 12, 1), Today.AddDays(3), []);

        Assert.Equal(5, month.Weeks.Count);
        Assert.All(month.Weeks, w => Assert.Equal(7, w.Count));
        Assert.Equal(new DateOnly(2026, 11, 30), month.Weeks[0][0].Date);
        Assert.False(month.Weeks[0][0].InMonth);
        Assert.Equal(new DateOnly(2026, 12, 1), month.Weeks[0][1].Date);
        Assert.Equal(new DateOnly(2027, 1, 3), month.Weeks[^1][^1].Date);
        Assert.Equal(31, month.Weeks.SelectMany(w => w).Count(d => d.InMonth));
    }

    [Theory]
    [InlineData(4, DayAvailability.Closed)] // before today + 3 days of lead time
    [InlineData(5, DayAvailability.Free)]
    [InlineData(10, DayAvailability.Booked)]
    [InlineData(12, DayAvailability.Booked)]
    [InlineData(13, DayAvailability.Free)]
    [InlineData(31, DayAvailability.Booked)] // a booking running into January
    public void Days_are_closed_free_or_booked(int day, DayAvailability expected)
    {
        var month = AvailabilityMonth.Build(new DateOnly(2026, 12, 1), Today.AddDays(3),
            [(new DateOnly(2026, 12, 10), new DateOnly(2026, 12, 12)), (new DateOnly(2026, 12, 30), new DateOnly(2027, 1, 4))]);

        Assert.Equal(expected, month.Weeks.SelectMany(w => w).Single(d => d.Date == new DateOnly(2026, 12, day)).State);
    }

    [Theory]
    [InlineData("2027-03", 2027, 3)]
    [InlineData("2025-01", 2026, 12)] // before this month: this month
    [InlineData("2029-01", 2027, 12)] // beyond twelve months ahead: the last month allowed
    [InlineData("junk", 2026, 12)]
    [InlineData(null, 2026, 12)]
    public void The_month_parameter_is_read_and_clamped(string? value, int year, int monthNumber)
    {
        Assert.Equal(new DateOnly(year, monthNumber, 1), AvailabilityMonth.Parse(value, Today));
    }

    [Fact]
    public void Paging_stops_at_this_month_and_twelve_months_ahead()
    {
        var first = AvailabilityMonth.Build(new DateOnly(2026, 12, 1), Today, []);
        var last = AvailabilityMonth.Build(new DateOnly(2027, 12, 1), Today, []);
        Assert.False(first.HasPrevious(Today));
        Assert.True(first.HasNext(Today));
        Assert.True(last.HasPrevious(Today));
        Assert.False(last.HasNext(Today));
    }
}
