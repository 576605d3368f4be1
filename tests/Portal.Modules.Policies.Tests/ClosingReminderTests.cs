using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Core.Enterprises;
using Portal.Core.Notifications;
using Portal.Modules.Policies.Jobs;
using Portal.Testing;

namespace Portal.Modules.Policies.Tests;

/// <summary>
/// The daily closing reminder with a fake clock, delivered through a real loopback SMTP server, on SQLite and PostgreSQL:
/// each verified enterprise meeting an open policy that closes within 7 days receives exactly one mail (and one inbox
/// message) per such policy, however often the job runs — twice at once, again the same day, again the next day — and
/// however often the outbox runs; an unverified enterprise, a policy for another segment and a policy closing later get nothing.
/// </summary>
public sealed class ClosingReminderTests
{
    public static TheoryData<DatabaseProvider> Providers => [DatabaseProvider.Sqlite, DatabaseProvider.Postgres];

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Each_matched_policy_closing_within_seven_days_is_mailed_once_per_enterprise(DatabaseProvider provider)
    {
        await using var smtp = await LoopbackSmtpServer.StartAsync();
        await using var h = await PoliciesHarness.CreateAsync(provider, PoliciesHarness.Smtp(smtp));
        var today = new DateOnly(2026, 11, 25); // the harness clock, China date
        var inSeven = await h.PublishedAsync(PoliciesHarness.Sample("针纺企业智能装备购置补贴") with { ClosesOn = today.AddDays(7) });
        var inThree = await h.PublishedAsync(PoliciesHarness.Sample("面料研发贷款贴息") with { ClosesOn = today.AddDays(3), Slug = "tiexi", TargetSegments = [] });
        await h.PublishedAsync(PoliciesHarness.Sample("印染企业绿色低碳改造奖补") with { ClosesOn = today.AddDays(7), Slug = "dyeing", TargetSegments = [Segment.Dyeing] });
        await h.PublishedAsync(PoliciesHarness.Sample("品牌培育奖励") with { ClosesOn = today.AddDays(20), Slug = "brand" });
        var verified = (await h.Kernel.AddEnterprisesAsync(2)).ToList();
        var unverified = (await h.Kernel.AddEnterprisesAsync(1, verified: false)).Single();

        Assert.Equal(4, (await Task.WhenAll(RunAsync(h), RunAsync(h))).Sum());
        Assert.Equal(0, await RunAsync(h));
        h.Time.Advance(TimeSpan.FromDays(1));
        Assert.Equal(0, await RunAsync(h));

        Assert.Equal(4, (await Task.WhenAll(DeliverAsync(h), DeliverAsync(h))).Sum());
        Assert.Equal(0, await DeliverAsync(h));
        await smtp.WaitForMessagesAsync(4);
        await Task.Delay(200); // anything sent twice would be here by now
        var received = smtp.Messages.Select(m => (To: m.To.Mailboxes.Single().Address, Title: m.Subject ?? "", Body: m.TextBody ?? "")).ToList();
        var expected = from user in new[] { "enterprise1@example.cn", "enterprise2@example.cn" }
                       from title in new[] { inSeven.Title, inThree.Title }
                       select (user, $"政策即将截止：{title}");
        Assert.Equal(expected.Order(), received.Select(m => (m.To, m.Title)).Order());
        Assert.Equal(2, received.Count(m => m.Body.Contains("还剩 7 天", StringComparison.Ordinal)));
        Assert.Equal(2, received.Count(m => m.Body.Contains("还剩 3 天", StringComparison.Ordinal)));

        var rows = await h.WithDbAsync(db => db.ClosingReminders.AsNoTracking().ToListAsync());
        Assert.Equal(
            verified.SelectMany(v => new[] { (inSeven.Id, v.EnterpriseId), (inThree.Id, v.EnterpriseId) }).Order(),
            rows.Select(r => (r.PolicyId, r.EnterpriseId)).Order());
        var inbox = await h.Kernel.InScopeAsync(sp => sp.GetRequiredService<CoreDbContext>().InboxMessages.AsNoTracking().ToListAsync());
        Assert.Equal(verified.SelectMany(v => new[] { v.UserId, v.UserId }).Order(), inbox.Select(m => m.UserId).Order());
        Assert.DoesNotContain(inbox, m => m.UserId == unverified.UserId);
    }

    private static Task<int> RunAsync(PoliciesHarness h) => h.Kernel.WithAsync<RemindClosingPolicies, int>(job => job.RunAsync());

    private static Task<int> DeliverAsync(PoliciesHarness h) => h.Kernel.WithAsync<OutboxDispatcher, int>(d => d.DispatchAsync());
}
