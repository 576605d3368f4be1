using Portal.Modules.RedHelp.Domain;

namespace Portal.Modules.RedHelp.Jobs;

/// <summary>
/// Recurring job "RedHelp:roving-reminder", cron <c>0 9 1 * *</c> in Asia/Shanghai. A missed run is
/// executed once when the server is back (Hangfire's default misfire handling), still within the month,
/// so its rows carry the same month key and add nothing when the regular run has happened.
/// </summary>
public sealed class RovingReminderJob
{
    public const string JobId = "RedHelp:roving-reminder";
    public const string Cron = "0 9 1 * *";

    private readonly RovingReminders reminders;
    private readonly TimeProvider time;

    internal RovingReminderJob(RovingReminders reminders, TimeProvider time)
    {
        this.reminders = reminders;
        this.time = time;
    }

    /// <summary>Plans this month's rows (adding only missing ones), then hands the pending ones over.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        await reminders.PlanAsync(RovingReminders.MonthOf(time.GetUtcNow().UtcDateTime), cancellationToken);
        return await reminders.DispatchAsync(cancellationToken);
    }
}
