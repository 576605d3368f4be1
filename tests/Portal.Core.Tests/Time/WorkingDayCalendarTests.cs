using Microsoft.Extensions.Configuration;
using Portal.Core.Time;
using Portal.Testing;

namespace Portal.Core.Tests.Time;

/// <summary>The 2026 schedule exactly as the host loads it from src/Portal.Web/appsettings.json.</summary>
public sealed class WorkingDayCalendarTests
{
    private readonly WorkingDayCalendar calendar = new(LoadShippedOptions());

    private static CalendarOptions LoadShippedOptions()
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(RepositoryPaths.Web, "appsettings.json"), optional: false)
            .Build();
        var options = new CalendarOptions();
        configuration.GetSection(CalendarOptions.Section).Bind(options);
        return options;
    }

    private static DateOnly D(int month, int day) => new(2026, month, day);

    [Fact]
    public void The_shipped_schedule_is_loaded()
    {
        var options = LoadShippedOptions();
        Assert.Contains(D(10, 1), options.Holidays);
        Assert.Contains(D(2, 17), options.Holidays);
        Assert.Contains(D(9, 20), options.MakeUpWorkingDays);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    public void National_day_week_is_off(int day) => Assert.False(calendar.IsWorkingDay(D(10, day)));

    [Fact]
    public void The_weekend_make_up_days_around_national_day_are_working_days()
    {
        Assert.Equal(DayOfWeek.Sunday, D(9, 20).DayOfWeek);
        Assert.Equal(DayOfWeek.Saturday, D(10, 10).DayOfWeek);
        Assert.True(calendar.IsWorkingDay(D(9, 20)));
        Assert.True(calendar.IsWorkingDay(D(10, 10)));
        Assert.False(calendar.IsWorkingDay(D(9, 19)));
        Assert.False(calendar.IsWorkingDay(D(10, 11)));
    }

    [Fact]
    public void One_working_day_after_the_eve_of_national_day_is_the_eighth()
    {
        Assert.Equal(D(10, 8), calendar.AddWorkingDays(D(9, 30), 1));
        Assert.Equal(D(10, 8), calendar.AddWorkingDays(D(9, 28), 3));
    }

    [Fact]
    public void The_make_up_saturday_counts()
    {
        Assert.Equal(D(10, 10), calendar.AddWorkingDays(D(10, 8), 2));
        Assert.Equal(3, calendar.WorkingDaysBetween(D(9, 30), D(10, 10)));
        Assert.Equal(-3, calendar.WorkingDaysBetween(D(10, 10), D(9, 30)));
    }

    [Fact]
    public void Ten_working_days_from_the_mid_autumn_eve_cross_both_holidays()
    {
        // 9-24 Thu; 9-25..27 off; 9-28, 9-29, 9-30 (3); 10-1..7 off; 10-8, 10-9, 10-10 (6); 10-12..10-15 (10).
        Assert.Equal(D(10, 15), calendar.AddWorkingDays(D(9, 24), 10));
    }

    [Fact]
    public void Spring_festival_is_off_and_its_saturdays_are_worked()
    {
        for (var day = D(2, 15); day <= D(2, 23); day = day.AddDays(1))
        {
            Assert.False(calendar.IsWorkingDay(day), $"{day} should be a holiday");
        }

        Assert.True(calendar.IsWorkingDay(D(2, 14)));
        Assert.True(calendar.IsWorkingDay(D(2, 28)));
        Assert.Equal(D(2, 14), calendar.AddWorkingDays(D(2, 13), 1));
        Assert.Equal(D(2, 24), calendar.AddWorkingDays(D(2, 14), 1));
        Assert.Equal(6, calendar.WorkingDaysBetween(D(2, 13), D(2, 28)));
    }

    [Fact]
    public void Ordinary_weekends_are_off_and_weekdays_on()
    {
        Assert.False(calendar.IsWorkingDay(D(11, 28)));
        Assert.False(calendar.IsWorkingDay(D(11, 29)));
        Assert.True(calendar.IsWorkingDay(D(11, 30)));
        Assert.Equal(D(11, 30), calendar.AddWorkingDays(D(11, 27), 1));
        Assert.Equal(D(11, 27), calendar.AddWorkingDays(D(11, 27), 0));
    }

    [Fact]
    public void Without_configuration_only_weekends_are_off()
    {
        var plain = new WorkingDayCalendar(new CalendarOptions());
        Assert.True(plain.IsWorkingDay(D(10, 1)));
        Assert.False(plain.IsWorkingDay(D(10, 10)));
    }

    [Fact]
    public void A_negative_number_of_days_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => calendar.AddWorkingDays(D(1, 5), -1));
}
