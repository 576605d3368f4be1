using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Core.Notifications;
using Portal.Testing;

namespace Portal.Core.Tests.Notifications;

/// <summary>The end-to-end mail path: NotificationService → outbox row → OutboxDispatcher → MailKit → a real SMTP server.</summary>
public sealed class NotificationDeliveryTests
{
    private static Notice VerifiedNotice(string userId) =>
        new(userId, "企业认证已通过", "您的企业已通过审核。", "/my/enterprise", $"core:enterprise-verified:{userId}");

    [Fact]
    public async Task The_same_notice_twice_gives_one_inbox_message_and_exactly_one_mail()
    {
        await using var smtp = await LoopbackSmtpServer.StartAsync();
        await using var harness = await MailHarness.CreateAsync(smtp.Port);
        var notice = VerifiedNotice(harness.UserId);

        Assert.True(await harness.InScopeAsync(sp => sp.GetRequiredService<INotificationService>().NotifyAsync(notice)));
        Assert.False(await harness.InScopeAsync(sp => sp.GetRequiredService<INotificationService>().NotifyAsync(notice)));

        Assert.Equal(1, await harness.InScopeAsync(sp => Db(sp).InboxMessages.CountAsync(m => m.DedupeKey == notice.DedupeKey)));
        Assert.Equal(1, await harness.InScopeAsync(sp => Db(sp).OutboxEmails.CountAsync()));

        Assert.Equal(1, await harness.InScopeAsync(Dispatch));
        Assert.Equal(0, await harness.InScopeAsync(Dispatch));

        var mail = Assert.Single(smtp.Messages);
        Assert.Equal(MailHarness.UserEmail, mail.To.Mailboxes.Single().Address);
        Assert.Equal("企业认证已通过", mail.Subject);
        Assert.Contains("http://localhost:5080/my/enterprise", mail.TextBody, StringComparison.Ordinal);
        var row = await harness.InScopeAsync(sp => Db(sp).OutboxEmails.SingleAsync());
        Assert.Equal(OutboxState.Sent, row.State);
        Assert.Equal(1, row.Attempts);
    }

    [Fact]
    public async Task The_same_notice_raced_from_two_requests_is_stored_once()
    {
        await using var smtp = await LoopbackSmtpServer.StartAsync();
        await using var harness = await MailHarness.CreateAsync(smtp.Port);
        var notice = VerifiedNotice(harness.UserId);

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ =>
            harness.InScopeAsync(sp => sp.GetRequiredService<INotificationService>().NotifyAsync(notice))));

        Assert.Single(results, r => r);
        Assert.Equal(1, await harness.InScopeAsync(sp => Db(sp).InboxMessages.CountAsync()));
        Assert.Equal(1, await harness.InScopeAsync(sp => Db(sp).OutboxEmails.CountAsync()));
    }

    [Fact]
    public async Task When_SMTP_is_down_the_row_waits_and_is_delivered_once_when_it_is_back()
    {
        var port = LoopbackSmtpServer.FreePort();
        await using var harness = await MailHarness.CreateAsync(port);
        var notice = VerifiedNotice(harness.UserId);
        await harness.InScopeAsync(sp => sp.GetRequiredService<INotificationService>().NotifyAsync(notice));
        var queuedAt = harness.Time.GetUtcNow().UtcDateTime;

        Assert.Equal(0, await harness.InScopeAsync(Dispatch));
        var failed = await harness.InScopeAsync(sp => Db(sp).OutboxEmails.SingleAsync());
        Assert.Equal(OutboxState.Pending, failed.State);
        Assert.Equal(1, failed.Attempts);
        Assert.True(failed.NextAttemptAt > queuedAt, $"next attempt {failed.NextAttemptAt:O} should be after {queuedAt:O}");
        Assert.False(string.IsNullOrEmpty(failed.LastError));

        await using var smtp = await LoopbackSmtpServer.StartAsync(port);

        // Not due yet: the back-off holds even though the server is up.
        Assert.Equal(0, await harness.InScopeAsync(Dispatch));
        Assert.Empty(smtp.Messages);

        harness.Time.Advance(OutboxDispatcher.Backoff(1) + TimeSpan.FromSeconds(1));
        Assert.Equal(1, await harness.InScopeAsync(Dispatch));
        Assert.Equal(0, await harness.InScopeAsync(Dispatch));
        harness.Time.Advance(TimeSpan.FromHours(2));
        Assert.Equal(0, await harness.InScopeAsync(Dispatch));

        Assert.Single(smtp.Messages);
        var sent = await harness.InScopeAsync(sp => Db(sp).OutboxEmails.SingleAsync());
        Assert.Equal(OutboxState.Sent, sent.State);
        Assert.Equal(2, sent.Attempts);
        Assert.Null(sent.LastError);
    }

    [Fact]
    public async Task Two_dispatchers_over_the_same_rows_deliver_each_mail_once()
    {
        const int count = 30;
        await using var smtp = await LoopbackSmtpServer.StartAsync();
        await using var harness = await MailHarness.CreateAsync(smtp.Port);
        for (var i = 0; i < count; i++)
        {
            var email = new Email($"user{i}@example.com", $"巡回服务提醒 {i}", "本月巡回服务将于 12 月 3 日举行。", $"redhelp:reminder:2026-12:{i}");
            Assert.True(await harness.InScopeAsync(sp => sp.GetRequiredService<INotificationService>().EnqueueEmailAsync(email)));
        }

        var sent = await Task.WhenAll(
            Task.Run(() => harness.InScopeAsync(Dispatch)),
            Task.Run(() => harness.InScopeAsync(Dispatch)));

        Assert.Equal(count, sent.Sum());
        var messages = await smtp.WaitForMessagesAsync(count);
        Assert.Equal(count, messages.Count);
        Assert.Equal(count, messages.Select(m => m.Subject).Distinct().Count());
        Assert.Equal(count, await harness.InScopeAsync(sp => Db(sp).OutboxEmails.CountAsync(e => e.State == OutboxState.Sent && e.Attempts == 1)));
    }

    private static CoreDbContext Db(IServiceProvider services) => services.GetRequiredService<CoreDbContext>();

    private static Task<int> Dispatch(IServiceProvider services) =>
        services.GetRequiredService<OutboxDispatcher>().DispatchAsync();
}
