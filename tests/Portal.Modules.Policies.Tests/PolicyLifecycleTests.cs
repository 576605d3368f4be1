using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Time;
using Portal.Modules.Policies.Domain;
using Portal.Modules.Policies.Jobs;

namespace Portal.Modules.Policies.Tests;

public sealed class PolicyLifecycleTests
{
    private static readonly Actor Staff = PoliciesHarness.Staff;

    [Fact]
    public async Task A_draft_is_published_once_with_version_one_and_an_event()
    {
        await using var h = await PoliciesHarness.CreateAsync();
        var draft = await h.DraftAsync();
        Assert.Equal(PolicyState.Draft, draft.State);
        Assert.Empty(h.Events);

        Assert.Null(await h.WithPoliciesAsync(s => s.PublishAsync(draft.Id, draft.ConcurrencyToken, Staff)));

        var published = await h.LoadAsync(draft.Id);
        Assert.Equal(PolicyState.Published, published.State);
        Assert.Equal(h.Time.GetUtcNow().UtcDateTime, published.PublishedAt);
        Assert.Equal(1, published.Version);
        var version = Assert.Single(await h.WithDbAsync(db => db.Versions.Where(v => v.PolicyId == draft.Id).ToListAsync()));
        Assert.Equal((1, "首次发布"), (version.Number, version.ChangeNote));
        Assert.Equal(new PolicyPublished(draft.Id, false), Assert.Single(h.Events));

        // Publishing again is refused: it is no longer a draft.
        Assert.NotNull(await h.WithPoliciesAsync(s => s.PublishAsync(draft.Id, published.ConcurrencyToken, Staff)));
        Assert.Single(h.Events);
    }

    [Fact]
    public async Task The_publish_job_publishes_a_scheduled_policy_when_its_time_comes_and_not_before()
    {
        await using var h = await PoliciesHarness.CreateAsync();
        var draft = await h.DraftAsync();
        var at = h.Time.GetUtcNow().UtcDateTime.AddHours(3);
        Assert.Null(await h.WithPoliciesAsync(s => s.ScheduleAsync(draft.Id, draft.ConcurrencyToken, at, Staff)));
        Assert.Equal((PolicyState.Scheduled, at), await h.LoadAsync(draft.Id).ContinueWith(t => (t.Result.State, t.Result.PublishAt!.Value)));

        async Task<int> RunJobAsync() => await h.Kernel.InScopeAsync(sp => sp.GetRequiredService<PublishScheduledPolicies>().RunAsync());

        h.Time.Advance(TimeSpan.FromHours(2) + TimeSpan.FromMinutes(59));
        Assert.Equal(0, await RunJobAsync());
        Assert.Equal(PolicyState.Scheduled, (await h.LoadAsync(draft.Id)).State);
        Assert.Empty(h.Events);

        h.Time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await RunJobAsync());
        Assert.Equal(0, await RunJobAsync());
        var published = await h.LoadAsync(draft.Id);
        Assert.Equal((PolicyState.Published, at, 1), (published.State, published.PublishedAt!.Value, published.Version));
        Assert.Null(published.PublishAt);
        Assert.Equal(new PolicyPublished(draft.Id, false), Assert.Single(h.Events));
        Assert.Contains(await h.WithDbAsync(db => db.Audit.ToListAsync()), a => a.Action == "publish" && a.UserName == "定时任务" && a.EntityId == draft.Id);
    }

    [Fact]
    public async Task Scheduling_in_the_past_or_after_the_deadline_is_refused()
    {
        await using var h = await PoliciesHarness.CreateAsync();
        var draft = await h.DraftAsync();
        var now = h.Time.GetUtcNow().UtcDateTime;

        Assert.Equal("PublishAt", (await h.WithPoliciesAsync(s => s.ScheduleAsync(draft.Id, draft.ConcurrencyToken, now.AddMinutes(-1), Staff)))?.Field);
        Assert.Equal("PublishAt", (await h.WithPoliciesAsync(s => s.ScheduleAsync(draft.Id, draft.ConcurrencyToken, now.AddDays(60), Staff)))?.Field);
        Assert.Equal(PolicyState.Draft, (await h.LoadAsync(draft.Id)).State);
    }

    [Fact]
    public async Task The_expire_job_closes_a_policy_the_day_after_its_last_day_in_Shanghai()
    {
        await using var h = await PoliciesHarness.CreateAsync();
        var policy = await h.PublishedAsync(PoliciesHarness.Sample() with { ClosesOn = h.Time.ChinaToday() });
        var open = await h.PublishedAsync(PoliciesHarness.Sample("长期有效的政策") with { ClosesOn = null });

        async Task<int> RunJobAsync() => await h.Kernel.InScopeAsync(sp => sp.GetRequiredService<ExpirePolicies>().RunAsync());

        // 2026-11-25 10:00 Shanghai → 23:59 the same day: still the last day.
        h.Time.Advance(TimeSpan.FromHours(13) + TimeSpan.FromMinutes(59));
        Assert.Equal(0, await RunJobAsync());
        h.Time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await RunJobAsync());

        var expired = await h.LoadAsync(policy.Id);
        Assert.Equal(PolicyState.Expired, expired.State);
        Assert.Equal(h.Time.GetUtcNow().UtcDateTime, expired.ClosedAt);
        Assert.Equal(PolicyState.Published, (await h.LoadAsync(open.Id)).State);
        Assert.Equal(0, await RunJobAsync());
    }

    [Fact]
    public async Task Withdrawal_needs_a_reason_and_keeps_it()
    {
        await using var h = await PoliciesHarness.CreateAsync();
        var policy = await h.PublishedAsync();

        Assert.Equal("Reason", (await h.WithPoliciesAsync(s => s.WithdrawAsync(policy.Id, policy.ConcurrencyToken, "  ", Staff)))?.Field);
        Assert.Null(await h.WithPoliciesAsync(s => s.WithdrawAsync(policy.Id, policy.ConcurrencyToken, "上级政策调整", Staff)));

        var withdrawn = await h.LoadAsync(policy.Id);
        Assert.Equal((PolicyState.Withdrawn, "上级政策调整"), (withdrawn.State, withdrawn.WithdrawnReason));
        Assert.NotNull(await h.WithPoliciesAsync(s => s.PublishAsync(policy.Id, withdrawn.ConcurrencyToken, Staff)));
        Assert.Equal(PolicyState.Withdrawn, (await h.LoadAsync(policy.Id)).State);
    }

    [Fact]
    public async Task A_policy_past_its_deadline_cannot_be_published()
    {
        await using var h = await PoliciesHarness.CreateAsync();
        var draft = await h.DraftAsync(PoliciesHarness.Sample() with { OpensOn = null, ClosesOn = h.Time.ChinaToday().AddDays(-1) });

        Assert.Equal("ClosesOn", (await h.WithPoliciesAsync(s => s.PublishAsync(draft.Id, draft.ConcurrencyToken, Staff)))?.Field);
        Assert.Equal(PolicyState.Draft, (await h.LoadAsync(draft.Id)).State);
    }

    [Theory]
    [InlineData("", "Title")]
    [InlineData("Bad Slug!", "Slug")]
    public async Task Bad_input_is_refused_and_nothing_is_saved(string value, string field)
    {
        await using var h = await PoliciesHarness.CreateAsync();
        var input = field == "Title" ? PoliciesHarness.Sample() with { Title = value } : PoliciesHarness.Sample() with { Slug = value };

        var (policy, refusal) = await h.WithPoliciesAsync(s => s.CreateAsync(input, Staff));

        Assert.Null(policy);
        Assert.Equal(field, refusal?.Field);
        Assert.Equal(0, await h.WithDbAsync(db => db.Policies.CountAsync()));
    }

    [Fact]
    public void Reversed_windows_years_and_unsafe_links_are_refused()
    {
        var sample = PoliciesHarness.Sample();
        Assert.Equal("ClosesOn", PolicyRules.Check(sample with { OpensOn = new DateOnly(2026, 12, 1), ClosesOn = new DateOnly(2026, 11, 1) })?.Field);
        Assert.Equal("FoundedBeforeYear", PolicyRules.Check(sample with { FoundedAfterYear = 2020, FoundedBeforeYear = 2010 })?.Field);
        Assert.Equal("SourceUrl", PolicyRules.Check(sample with { SourceUrl = "javascript:alert(1)" })?.Field);
        Assert.Equal("MaxAmountWan", PolicyRules.Check(sample with { MaxAmountWan = -1 })?.Field);
        Assert.Null(PolicyRules.Check(sample with { SourceUrl = "https://www.example.gov.cn/a" }));
    }
}
