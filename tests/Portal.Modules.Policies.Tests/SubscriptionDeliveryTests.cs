using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core;
using Portal.Core.Data;
using Portal.Core.Enterprises;
using Portal.Core.Events;
using Portal.Core.Notifications;
using Portal.Modules.Policies.Domain;
using Portal.Modules.Policies.Jobs;
using Portal.Modules.Policies.Subscriptions;
using Portal.Testing;

namespace Portal.Modules.Policies.Tests;

/// <summary>
/// Immediate mails and daily digests through a real loopback SMTP server on SQLite and PostgreSQL, exactly once: the
/// publication event arriving twice at once, the digest job run twice at once and again, the outbox run twice at once;
/// and a policy arriving after a digest run stopped between sending and marking its rows is still sent, once.
/// </summary>
public sealed class SubscriptionDeliveryTests
{
    public static TheoryData<DatabaseProvider> Providers => [DatabaseProvider.Sqlite, DatabaseProvider.Postgres];

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Immediate_mails_and_the_digest_arrive_once_however_often_and_concurrently_the_jobs_run(DatabaseProvider provider)
    {
        await using var smtp = await LoopbackSmtpServer.StartAsync();
        await using var h = await PoliciesHarness.CreateAsync(provider, PoliciesHarness.Smtp(smtp));
        var users = await h.Kernel.AddEnterprisesAsync(3);
        await FollowAsync(h, users[0].UserId, "segment=garment", DeliveryFrequency.Immediate, "即时甲");
        await FollowAsync(h, users[1].UserId, "segment=garment", DeliveryFrequency.Daily, "摘要乙");
        await FollowAsync(h, users[2].UserId, "segment=dyeing", DeliveryFrequency.Daily, "无关丙");
        var first = await h.PublishedAsync(PoliciesHarness.Sample("针纺企业智能装备购置补贴") with { TargetSegments = [Segment.Garment] });
        var second = await h.PublishedAsync(PoliciesHarness.Sample("服装企业技改贴息") with { Slug = "jigai", TargetSegments = [Segment.Garment] });
        await Task.WhenAll(AnnounceAsync(h, first.Id), AnnounceAsync(h, first.Id)); // the event again, twice at once

        Assert.Equal(1, (await Task.WhenAll(DigestAsync(h), DigestAsync(h))).Sum());
        Assert.Equal(0, await DigestAsync(h));
        Assert.Equal(3, (await Task.WhenAll(DeliverAsync(h), DeliverAsync(h))).Sum());
        Assert.Equal(0, await DeliverAsync(h));
        await smtp.WaitForMessagesAsync(3);
        await Task.Delay(200); // anything sent twice would be here by now

        var received = smtp.Messages.Select(m => (To: m.To.Mailboxes.Single().Address, Subject: m.Subject ?? "")).Order().ToList();
        Assert.Equal(
            [("enterprise1@example.cn", "即时甲：服装企业技改贴息"), ("enterprise1@example.cn", "即时甲：针纺企业智能装备购置补贴"), ("enterprise2@example.cn", "摘要乙：每日摘要 2 条政策")],
            received);
        var digest = smtp.Messages.Single(m => m.Subject!.StartsWith("摘要乙", StringComparison.Ordinal)).TextBody;
        Assert.Contains(first.Title, digest);
        Assert.Contains(second.Title, digest);
        Assert.Contains("/policies/unsubscribe?token=", digest);
        Assert.Equal(0, await h.WithDbAsync(db => db.Deliveries.CountAsync(d => d.SentAt == null)));
    }

    [Fact]
    public async Task A_policy_arriving_after_a_run_stopped_between_sending_and_marking_is_sent_once()
    {
        await using var h = await PoliciesHarness.CreateAsync();
        var user = (await h.Kernel.AddEnterprisesAsync(1)).Single();
        await FollowAsync(h, user.UserId, "segment=garment", DeliveryFrequency.Daily, "摘要");
        await h.PublishedAsync(PoliciesHarness.Sample("针纺企业智能装备购置补贴"));

        // A run claimed the pending row and queued its digest, then stopped before marking the row sent.
        var row = await h.WithDbAsync(db => db.Deliveries.SingleAsync());
        var key = $"policies:digest:{row.SubscriptionId}:{row.Id}-{row.Id}";
        await h.WithDbAsync(db => db.Deliveries.Where(d => d.Id == row.Id).ExecuteUpdateAsync(u => u.SetProperty(d => d.DigestKey, key)));
        Assert.True(await h.Kernel.WithAsync<INotificationService, bool>(n => n.NotifyAsync(new Notice(user.UserId, "摘要：每日摘要 1 条政策", "…", null, key))));

        await h.PublishedAsync(PoliciesHarness.Sample("服装企业技改贴息") with { Slug = "jigai" });
        Assert.Equal(1, await DigestAsync(h));
        Assert.Equal(0, await DigestAsync(h));

        var outbox = await h.Kernel.InScopeAsync(sp => sp.GetRequiredService<CoreDbContext>().OutboxEmails.AsNoTracking().OrderBy(e => e.Id).ToListAsync());
        Assert.Equal(2, outbox.Count);
        Assert.Contains("服装企业技改贴息", outbox[1].Body);
        Assert.DoesNotContain("针纺企业智能装备购置补贴", outbox[1].Body); // that one went out with the first digest
        Assert.Equal(0, await h.WithDbAsync(db => db.Deliveries.CountAsync(d => d.SentAt == null)));
    }

    private static async Task FollowAsync(PoliciesHarness h, string userId, string filter, DeliveryFrequency frequency, string name) =>
        Assert.Null(await h.Kernel.WithAsync<SubscriptionService, Refusal?>(s => s.FollowAsync(userId, filter, frequency, name)));

    private static Task AnnounceAsync(PoliciesHarness h, int policyId) =>
        h.Kernel.InScopeAsync(sp => sp.GetRequiredService<IEventBus>().PublishAsync(new PolicyPublished(policyId, false)));

    private static Task<int> DigestAsync(PoliciesHarness h) => h.Kernel.WithAsync<SendSubscriptionDigests, int>(job => job.RunAsync());

    private static Task<int> DeliverAsync(PoliciesHarness h) => h.Kernel.WithAsync<OutboxDispatcher, int>(d => d.DispatchAsync());
}
