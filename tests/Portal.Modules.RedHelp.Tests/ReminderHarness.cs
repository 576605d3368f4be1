using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Core.Notifications;
using Portal.Core.Security;
using Portal.Core.Time;
using Portal.Modules.RedHelp.Data;
using Portal.Modules.RedHelp.Domain;
using Portal.Modules.RedHelp.Jobs;
using Portal.Testing;

namespace Portal.Modules.RedHelp.Tests;

/// <summary>
/// The kernel and RedHelp over a real SQLite file, mail going to a loopback SMTP port: two helpers with
/// assigned enterprises, three verified enterprise users, one staff member, and (unless told otherwise)
/// a roving session in December 2026. The clock stands at 2026-12-01 09:00 in Shanghai, the job's time.
/// </summary>
internal sealed class ReminderHarness : IAsyncDisposable
{
    private readonly KernelHarness kernel;

    private ReminderHarness(KernelHarness kernel, int smtpPort)
    {
        this.kernel = kernel;
        SmtpPort = smtpPort;
    }

    public int SmtpPort { get; }

    public KernelHarness Kernel => kernel;

    /// <summary>Helpers and enterprise users: everyone who should get the reminder when a session is scheduled.</summary>
    public IReadOnlyList<string> Recipients { get; private set; } = [];

    public string StaffUser { get; private set; } = "";

    public static async Task<ReminderHarness> CreateAsync(int smtpPort, bool withSession = true)
    {
        var kernel = await RedHelpTeam.KernelAsync(settings: new Dictionary<string, string?>
        {
            ["Portal:Mail:Host"] = "127.0.0.1",
            ["Portal:Mail:Port"] = smtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        kernel.Time.SetUtcNow(new DateTimeOffset(2026, 12, 1, 1, 0, 0, TimeSpan.Zero));
        var harness = new ReminderHarness(kernel, smtpPort);
        var enterprises = await kernel.AddEnterprisesAsync(3);
        harness.StaffUser = await kernel.AddUserAsync("staff@example.cn", PortalRoles.Staff);
        var helpers = await RedHelpTeam.TwoHelpersAsync(kernel);
        await RedHelpTeam.SeedAsync(
            kernel, [RedHelpTeam.Department()], RedHelpTeam.PlainProfiles(helpers),
            enterprises.Select((e, i) => (e.EnterpriseId, helpers[i % 2])), "staff", db =>
            {
                if (withSession)
                {
                    db.RovingSessions.Add(new RovingSession
                    {
                        StartsAt = ChinaTime.ToUtc(new DateTime(2026, 12, 16, 9, 30, 0)), Place = "产业链党群服务中心二楼会议室",
                        Units = "区工信局\n区人社局\n针纺行业协会", Topics = "融资\n用工", Capacity = 40,
                    });
                }
            });
        harness.Recipients = [.. helpers, .. enterprises.Select(e => e.UserId)];
        return harness;
    }

    /// <summary>One run of the recurring job, in its own scope as Hangfire would run it.</summary>
    public Task<int> RunJobAsync() => kernel.WithAsync<RovingReminderJob, int>(job => job.RunAsync());

    /// <summary>One run of Core's outbox job, which talks to the SMTP server.</summary>
    public Task<int> DeliverMailAsync() => kernel.WithAsync<OutboxDispatcher, int>(d => d.DispatchAsync());

    public Task<Dictionary<string, int>> InboxCountsAsync() =>
        kernel.WithAsync<CoreDbContext, Dictionary<string, int>>(db =>
            db.InboxMessages.GroupBy(m => m.UserId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count));

    public ValueTask DisposeAsync() => kernel.DisposeAsync();
}
