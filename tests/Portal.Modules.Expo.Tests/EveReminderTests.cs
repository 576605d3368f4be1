using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.Core.Notifications;
using Portal.Modules.Expo.Jobs;
using Portal.Testing;

namespace Portal.Modules.Expo.Tests;

/// <summary>
/// The day-before reminder through a real loopback SMTP server with a fake clock: nothing two days before,
/// one inbox message and one email per exhibitor the day before (an enterprise with two booths gets one),
/// however often the job runs, even twice at once; pending applicants and the day itself get nothing.
/// </summary>
public sealed class EveReminderTests
{
    private static DateTimeOffset ChinaNine(int day) => new(2026, 12, day, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Each_approved_exhibitor_is_reminded_exactly_once_the_day_before()
    {
        await using var smtp = await LoopbackSmtpServer.StartAsync();
        await using var harness = await ExpoHarness.CreateAsync(smtpPort: smtp.Port);
        var booths = harness.BoothIds;
        var twoBooths = new[] { await harness.ApplyAsync(0, booths[0]), await harness.ApplyAsync(0, booths[1]) };
        var oneBooth = await harness.ApplyAsync(1, booths[2]);
        await harness.ApplyAsync(2, booths[3]); // stays pending: no reminder
        foreach (var (id, booth) in new[] { (twoBooths[0], booths[0]), (twoBooths[1], booths[1]), (oneBooth, booths[2]) })
        {
            Assert.Null(await harness.WithApplicationsAsync(s => s.ApproveAsync(id, booth, "staff")));
        }

        // The expo starts on 2026-12-20 (China). Two days before: nothing.
        harness.Time.SetUtcNow(ChinaNine(18));
        Assert.Equal(0, await RunAsync(harness));

        harness.Time.SetUtcNow(ChinaNine(19));
        var concurrent = await Task.WhenAll(RunAsync(harness), RunAsync(harness));
        Assert.Equal(2, concurrent.Sum());
        Assert.Equal(0, await RunAsync(harness));
        harness.Time.Advance(TimeSpan.FromHours(10));
        Assert.Equal(0, await RunAsync(harness));
        harness.Time.SetUtcNow(ChinaNine(20));
        Assert.Equal(0, await RunAsync(harness));

        var delivered = await harness.WithAsync<OutboxDispatcher, int>(d => d.DispatchAsync());
        Assert.Equal(5, delivered); // three approvals and two reminders
        var mails = (await smtp.WaitForMessagesAsync(delivered)).Where(m => (m.Subject ?? "").StartsWith("明天开展", StringComparison.Ordinal)).ToList();
        Assert.Equal(["enterprise1@example.cn", "enterprise2@example.cn"], mails.Select(m => m.To.Mailboxes.Single().Address).Order());
        Assert.Contains("A01、A02", mails.Single(m => m.To.Mailboxes.Single().Address == "enterprise1@example.cn").TextBody);

        var inbox = await harness.WithAsync<CoreDbContext, List<InboxMessage>>(db => db.InboxMessages.AsNoTracking().Where(m => m.Title.StartsWith("明天开展")).ToListAsync());
        Assert.Equal(new[] { harness.Users[0], harness.Users[1] }.Order(StringComparer.Ordinal), inbox.Select(m => m.UserId).Order(StringComparer.Ordinal));
        Assert.All(inbox, m => Assert.StartsWith("expo:eve-reminder:", m.DedupeKey, StringComparison.Ordinal));
    }

    private static Task<int> RunAsync(ExpoHarness harness) => harness.WithAsync<EveReminderJob, int>(job => job.RunAsync());
}
