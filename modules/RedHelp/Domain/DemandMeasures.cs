using Portal.Core.Time;

namespace Portal.Modules.RedHelp.Domain;

/// <summary>The measures of the demand pool, shared by the figure contract and the dashboard.</summary>
internal static class DemandMeasures
{
    public static bool IsResolved(DemandState state) => state is DemandState.Resolved or DemandState.Closed;

    /// <summary>Working days from submission to resolution, both as dates in China.</summary>
    public static int DaysToResolve(WorkingDayCalendar calendar, DateTime createdUtc, DateTime resolvedUtc) =>
        calendar.WorkingDaysBetween(DateOnly.FromDateTime(ChinaTime.ToChina(createdUtc)), DateOnly.FromDateTime(ChinaTime.ToChina(resolvedUtc)));

    /// <summary>The median; the mean of the two middle values for an even count; null for none.</summary>
    public static double? Median(IEnumerable<int> values)
    {
        var sorted = values.Order().ToList();
        if (sorted.Count == 0)
        {
            return null;
        }

        var mid = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0;
    }

    /// <summary>The share (0..1) of rated demands rated 满意 or better; null when none is rated.</summary>
    public static double? Satisfaction(IEnumerable<Satisfaction?> ratings)
    {
        var rated = ratings.Where(r => r is not null).ToList();
        return rated.Count == 0 ? null : rated.Count(r => r >= Domain.Satisfaction.Satisfied) / (double)rated.Count;
    }
}
