using Microsoft.EntityFrameworkCore;
using Portal.Modules.RedHelp.Data;
using Portal.Modules.RedHelp.Domain;
using Portal.Modules.RedHelp.Domain.Reminders;
using Portal.Testing;

namespace Portal.Modules.RedHelp.Tests;

/// <summary>The staff report of the monthly reminder, read after the real job ran against a loopback SMTP port.</summary>
public sealed class ReminderReportTests
{
    private const int December = 202612;

    private static Task<ReminderMonthReport> ReportAsync(ReminderHarness harness, DeliveryState? state = null, int month = December) =>
        harness.Kernel.WithAsync<ReminderReport, ReminderMonthReport>(r => r.ForMonthAsync(month, state, 1));

    private static ReminderCounts Of(ReminderMonthReport report, ReminderChannel channel) => report.Counts.Single(c => c.Channel == channel);

    [Fact]
    public async Task After_the_run_and_the_outbox_every_recipient_is_sent_on_both_channels()
    {
        await using var smtp = await LoopbackSmtpServer.StartAsync();
        await using var harness = await ReminderHarness.CreateAsync(smtp.Port);

        await harness.RunJobAsync();
        var beforeSmtp = await ReportAsync(harness);
        await harness.DeliverMailAsync();
        await smtp.WaitForMessagesAsync(harness.Recipients.Count);
        var report = await ReportAsync(harness);

        // Handed to the outbox is not yet sent: the email counts follow the SMTP server.
        Assert.Equal(new ReminderCounts(ReminderChannel.Email, 0, harness.Recipients.Count, 0), Of(beforeSmtp, ReminderChannel.Email));
        Assert.Equal(harness.Recipients.Count, report.Recipients);
        Assert.Equal(new ReminderCounts(ReminderChannel.Email, harness.Recipients.Count, 0, 0), Of(report, ReminderChannel.Email));
        Assert.Equal(new ReminderCounts(ReminderChannel.Inbox, harness.Recipients.Count, 0, 0), Of(report, ReminderChannel.Inbox));
        Assert.Contains(report.Lines, l => l.RecipientEmail == "helper1@example.cn" && l.Channel == ReminderChannel.Email && l.SentAt is not null);
        Assert.Equal([December], await harness.Kernel.WithAsync<ReminderReport, IReadOnlyList<int>>(r => r.MonthsAsync()));
        Assert.Equal(0, (await ReportAsync(harness, month: 202611)).Recipients);
    }

    [Fact]
    public async Task With_SMTP_down_the_mail_is_pending_with_its_attempts_and_reason_and_failures_come_first()
    {
        await using var harness = await ReminderHarness.CreateAsync(LoopbackSmtpServer.FreePort());
        await harness.RunJobAsync();
        Assert.Equal(0, await harness.DeliverMailAsync());

        // One inbox row could not be handed over (as an email row without an address is): it is failed with its reason.
        await harness.Kernel.WithAsync<RedHelpDbContext, int>(db => db.ReminderDeliveries
            .Where(d => d.Channel == ReminderChannel.Inbox && d.RecipientUserId == harness.Recipients[0])
            .ExecuteUpdateAsync(u => u.SetProperty(d => d.State, DeliveryState.Failed).SetProperty(d => d.LastError, "收件人没有邮箱地址。")));
        var report = await ReportAsync(harness);

        var count = harness.Recipients.Count;
        Assert.Equal(new ReminderCounts(ReminderChannel.Email, 0, count, 0), Of(report, ReminderChannel.Email));
        Assert.Equal(new ReminderCounts(ReminderChannel.Inbox, count - 1, 0, 1), Of(report, ReminderChannel.Inbox));
        Assert.Equal(DeliveryState.Failed, report.Lines[0].State);
        Assert.Equal("收件人没有邮箱地址。", report.Lines[0].Error);
        var pending = (await ReportAsync(harness, DeliveryState.Pending)).Lines;
        Assert.Equal(count, pending.Count);
        Assert.All(pending, l =>
        {
            Assert.Equal(ReminderChannel.Email, l.Channel);
            Assert.Equal(1, l.Attempts);
            Assert.False(string.IsNullOrWhiteSpace(l.Error));
        });
    }
}
