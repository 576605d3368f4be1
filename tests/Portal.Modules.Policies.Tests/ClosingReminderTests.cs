using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Core.Enterprises;
using Portal.Modules.Policies.Jobs;

namespace Portal.Modules.Policies.Tests;

/// <summary>
/// The daily closing reminder with a fake clock: a verified enterprise meeting an open policy that closes in 7 days gets
/// one inbox message and one email, however often the job runs (twice the same day, again the next day); an unverified
/// enterprise, a policy for another segment and a policy closing later get nothing.
/// </summary>
public sealed class ClosingReminderTests
{
    [Fact]
    public async Task A_matched_policy_closing_in_seven_days_is_reminded_once_per_enterprise()
    {
        await using var h = await PoliciesHarness.CreateAsync();
        var today = new DateOnly(2026, 11, 25); // the harness clock, China date
        var closing = await h.PublishedAsync(PoliciesHarness.Sample("针纺企业智能装备购置补贴") with { ClosesOn = today.AddDays(7) });
        await h.PublishedAsync(PoliciesHarness.Sample("印染企业绿色低碳改造奖补") with { ClosesOn = today.AddDays(7), TargetSegments = [Segment.Dyeing] });
        await h.PublishedAsync(PoliciesHarness.Sample("品牌培育奖励") with { ClosesOn = today.AddDays(20) });
        var verified = (await h.Kernel.AddEnterprisesAsync(2)).ToList();
        var unverified = (await h.Kernel.AddEnterprisesAsync(1, verified: false)).Single();

        Assert.Equal(2, await RunAsync(h));
        Assert.Equal(0, await RunAsync(h));
        h.Time.Advance(TimeSpan.FromDays(1));
        Assert.Equal(0, await RunAsync(h));

        var rows = await h.WithDbAsync(db => db.ClosingReminders.AsNoTracking().ToListAsync());
        Assert.Equal(verified.Select(v => v.EnterpriseId).Order(), rows.Select(r => r.EnterpriseId).Order());
        Assert.All(rows, r => Assert.Equal(closing.Id, r.PolicyId));
        var (inbox, outbox) = await h.Kernel.InScopeAsync(async sp =>
        {
            var core = sp.GetRequiredService<CoreDbContext>();
            return (await core.InboxMessages.AsNoTracking().ToListAsync(), await core.OutboxEmails.AsNoTracking().ToListAsync());
        });
        Assert.Equal(verified.Select(v => v.UserId).Order(), inbox.Select(m => m.UserId).Order());
        Assert.All(inbox, m => Assert.Contains("针纺企业智能装备购置补贴", m.Title));
        Assert.DoesNotContain(inbox, m => m.UserId == unverified.UserId);
        Assert.Equal(2, outbox.Count);
        Assert.All(outbox, m => Assert.Contains("还剩 7 天", m.Body));
    }

    private static Task<int> RunAsync(PoliciesHarness h) => h.Kernel.WithAsync<RemindClosingPolicies, int>(job => job.RunAsync());
}
