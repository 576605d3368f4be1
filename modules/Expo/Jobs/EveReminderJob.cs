using Microsoft.EntityFrameworkCore;
using Portal.Core.Notifications;
using Portal.Core.Time;
using Portal.Modules.Expo.Data;
using Portal.Modules.Expo.Domain;

namespace Portal.Modules.Expo.Jobs;

/// <summary>
/// Recurring job "Expo:eve-reminder", daily at 09:00 Asia/Shanghai: each exhibitor (an enterprise with an
/// approved booth) of an expo that starts tomorrow gets one inbox message and one email listing its booths.
/// Exactly once per exhibitor and expo: the notice's dedupe key is the expo and the enterprise, so a second
/// run, a retried run or two runs at once add nothing.
/// </summary>
public sealed class EveReminderJob
{
    public const string JobId = "Expo:eve-reminder";
    public const string Cron = "0 9 * * *";

    private readonly ExpoDbContext db;
    private readonly INotificationService notifications;
    private readonly TimeProvider time;

    internal EveReminderJob(ExpoDbContext db, INotificationService notifications, TimeProvider time)
    {
        this.db = db;
        this.notifications = notifications;
        this.time = time;
    }

    public static string DedupeKey(int expoId, int enterpriseId) => $"expo:eve-reminder:{expoId}:{enterpriseId}";

    /// <summary>Sends the reminders for expos starting tomorrow (China date); returns how many notices were new.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        var tomorrow = time.ChinaToday().AddDays(1);
        var expos = await db.Expos.AsNoTracking().Include(e => e.Hall)
            .Where(e => e.StartsOn == tomorrow && (e.State == ExpoState.Published || e.State == ExpoState.ClosedForApplications))
            .ToDictionaryAsync(e => e.Id, cancellationToken);
        var expoIds = expos.Keys.ToList();
        var holders = await db.Applications.AsNoTracking()
            .Where(a => expoIds.Contains(a.ExpoId) && a.State == ApplicationState.Approved && a.BoothId != null)
            .OrderBy(a => a.CreatedAt).ThenBy(a => a.Id)
            .ToListAsync(cancellationToken);
        var boothIds = holders.Select(a => a.BoothId!.Value).ToList();
        var codes = await db.Booths.AsNoTracking().Where(b => boothIds.Contains(b.Id)).ToDictionaryAsync(b => b.Id, b => b.Code, cancellationToken);
        var sent = 0;
        foreach (var exhibitor in holders.GroupBy(a => (a.ExpoId, a.EnterpriseId)))
        {
            var first = exhibitor.First();
            var expo = expos[first.ExpoId];
            var booths = string.Join("、", exhibitor.Select(a => codes.GetValueOrDefault(a.BoothId!.Value, "?")).Order(StringComparer.Ordinal));
            var notice = new Notice(
                first.ApplicantUserId,
                $"明天开展：{expo.Title}",
                $"「{expo.Title}」将于明天（{expo.StartsOn:yyyy-MM-dd}）在{expo.Hall?.Name}开展，展期至 {expo.EndsOn:yyyy-MM-dd}。您的展位：{booths}。请凭确认函上的签到码按时签到。",
                $"/my/expo/applications/{first.Id}",
                DedupeKey(expo.Id, first.EnterpriseId));
            if (await notifications.NotifyAsync(notice, cancellationToken))
            {
                sent++;
            }
        }

        return sent;
    }
}
