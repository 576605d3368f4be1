using Hangfire;
using Hangfire.InMemory;
using Hangfire.Storage;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Time;
using Portal.Modules.RedHelp.Data;
using Portal.Modules.RedHelp.Domain;
using Portal.Modules.RedHelp.Jobs;
using Portal.Testing;

namespace Portal.Modules.RedHelp.Tests;

/// <summary>The monthly reminder end to end through a real loopback SMTP server: exactly one mail and one inbox message per recipient.</summary>
public sealed class RovingReminderTests
{
    private static void AssertOnePerRecipient(ReminderHarness harness, IReadOnlyCollection<MimeKit.MimeMessage> mails, Dictionary<string, int> inbox)
    {
        Assert.Equal(harness.Recipients.Count, mails.Count);
        Assert.Equal(mails.Count, mails.Select(m => m.To.ToString()).Distinct().Count());
        Assert.Equal(harness.Recipients.Order(), inbox.Keys.Order());
        Assert.All(inbox.Values, count => Assert.Equal(1, count));
    }

    [Fact]
    public async Task Running_twice_sends_each_helper_and_enterprise_one_mail_and_one_inbox_message()
    {
        await using var smtp = await LoopbackSmtpServer.StartAsync();
        await using var harness = await ReminderHarness.CreateAsync(smtp.Port);

        await harness.RunJobAsync();
        await harness.DeliverMailAsync();
        await harness.RunJobAsync();
        await harness.DeliverMailAsync();

        var mails = await smtp.WaitForMessagesAsync(harness.Recipients.Count);
        AssertOnePerRecipient(harness, mails, await harness.InboxCountsAsync());
        Assert.Contains(mails, m => m.TextBody?.Contains("2026-12-16 09:30", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Two_runs_at_once_still_send_one_each()
    {
        await using var smtp = await LoopbackSmtpServer.StartAsync();
        await using var harness = await ReminderHarness.CreateAsync(smtp.Port);

        await Task.WhenAll(Task.Run(harness.RunJobAsync), Task.Run(harness.RunJobAsync), Task.Run(harness.RunJobAsync));
        await Task.WhenAll(Task.Run(harness.DeliverMailAsync), Task.Run(harness.DeliverMailAsync));

        var rows = await harness.Kernel.WithAsync<RedHelpDbContext, int>(db => db.ReminderDeliveries.CountAsync());
        Assert.Equal(harness.Recipients.Count * 2, rows);
        AssertOnePerRecipient(harness, await smtp.WaitForMessagesAsync(harness.Recipients.Count), await harness.InboxCountsAsync());
    }

    [Fact]
    public async Task When_SMTP_is_down_nothing_is_lost_and_everything_is_delivered_once_when_it_is_back()
    {
        var port = LoopbackSmtpServer.FreePort();
        await using var harness = await ReminderHarness.CreateAsync(port);

        await harness.RunJobAsync();
        Assert.Equal(0, await harness.DeliverMailAsync());
        var pending = await harness.Kernel.WithAsync<Portal.Core.Data.CoreDbContext, int>(db =>
            db.OutboxEmails.CountAsync(e => e.State == Portal.Core.Notifications.OutboxState.Pending && e.LastError != null));
        Assert.Equal(harness.Recipients.Count, pending);

        await using var smtp = await LoopbackSmtpServer.StartAsync(port);
        harness.Kernel.Time.Advance(TimeSpan.FromMinutes(5));
        await harness.RunJobAsync();
        Assert.Equal(harness.Recipients.Count, await harness.DeliverMailAsync());
        harness.Kernel.Time.Advance(TimeSpan.FromHours(1));
        Assert.Equal(0, await harness.DeliverMailAsync());

        AssertOnePerRecipient(harness, await smtp.WaitForMessagesAsync(harness.Recipients.Count), await harness.InboxCountsAsync());
    }

    [Fact]
    public async Task A_run_after_a_crash_between_insert_and_send_adds_no_duplicate()
    {
        await using var smtp = await LoopbackSmtpServer.StartAsync();
        await using var harness = await ReminderHarness.CreateAsync(smtp.Port);
        var month = RovingReminders.MonthOf(harness.Kernel.Time.GetUtcNow().UtcDateTime);

        // The first run inserted its rows and handed one over, then died before marking anything sent.
        await harness.Kernel.WithAsync<RovingReminders, int>(r => r.PlanAsync(month));
        await harness.Kernel.InScopeAsync(async sp =>
        {
            var db = (RedHelpDbContext)sp.GetService(typeof(RedHelpDbContext))!;
            var row = await db.ReminderDeliveries.FirstAsync(d => d.Channel == ReminderChannel.Inbox);
            var notifications = (Portal.Core.Notifications.INotificationService)sp.GetService(typeof(Portal.Core.Notifications.INotificationService))!;
            return await notifications.NotifyAsync(new(row.RecipientUserId, row.Title, row.Body, row.Link, RovingReminders.DedupeKey(row), Email: false));
        });

        await harness.RunJobAsync();
        await harness.DeliverMailAsync();

        AssertOnePerRecipient(harness, await smtp.WaitForMessagesAsync(harness.Recipients.Count), await harness.InboxCountsAsync());
        Assert.Equal(0, await harness.Kernel.WithAsync<RedHelpDbContext, int>(db => db.ReminderDeliveries.CountAsync(d => d.State != DeliveryState.Sent)));
    }

    [Fact]
    public async Task Without_a_session_this_month_only_staff_are_reminded_to_schedule_one()
    {
        await using var smtp = await LoopbackSmtpServer.StartAsync();
        await using var harness = await ReminderHarness.CreateAsync(smtp.Port, withSession: false);

        await harness.RunJobAsync();
        await harness.DeliverMailAsync();

        var mails = await smtp.WaitForMessagesAsync(1);
        Assert.Equal("staff@example.cn", Assert.Single(mails).To.Mailboxes.Single().Address);
        Assert.Equal([harness.StaffUser], (await harness.InboxCountsAsync()).Keys);
    }

    /// <summary>Registered through the module as the host registers it, and read back from Hangfire's own storage.</summary>
    [Fact]
    public void The_job_is_scheduled_at_nine_on_the_first_of_the_month_in_Shanghai()
    {
        using var storage = new InMemoryStorage();
        new RedHelpModule().AddJobs(new RecurringJobManager(storage));

        using var connection = storage.GetConnection();
        var job = Assert.Single(connection.GetRecurringJobs(), j => j.Id == RovingReminderJob.JobId);
        Assert.Equal("0 9 1 * *", job.Cron);
        Assert.Equal("Asia/Shanghai", job.TimeZoneId);
        var next = job.NextExecution!.Value;
        Assert.Equal(1, ChinaTime.ToChina(next).Day);
        Assert.Equal(9, ChinaTime.ToChina(next).Hour);
        Assert.Equal(1, next.Hour);
    }
}
