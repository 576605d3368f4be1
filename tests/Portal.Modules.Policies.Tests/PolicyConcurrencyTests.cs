using Microsoft.EntityFrameworkCore;
using Portal.Modules.Policies.Domain;

namespace Portal.Modules.Policies.Tests;

public sealed class PolicyConcurrencyTests
{
    [Fact]
    public async Task The_second_of_two_editors_starting_from_the_same_version_is_refused_and_the_first_edit_stays()
    {
        await using var h = await PoliciesHarness.CreateAsync();
        var policy = await h.PublishedAsync();
        var token = policy.ConcurrencyToken;
        var first = PolicyInput.From(policy) with { Title = "甲的标题" };
        var second = PolicyInput.From(policy) with { Title = "乙的标题" };

        Assert.Null(await h.WithPoliciesAsync(s => s.UpdateAsync(policy.Id, token, first, "甲修改", false, new Actor("a", "甲"))));
        var refusal = await h.WithPoliciesAsync(s => s.UpdateAsync(policy.Id, token, second, "乙修改", false, new Actor("b", "乙")));

        Assert.Equal(PolicyService.ConflictMessage, refusal?.Message);
        var stored = await h.LoadAsync(policy.Id);
        Assert.Equal(("甲的标题", 2), (stored.Title, stored.Version));
        Assert.Equal(2, await h.WithDbAsync(db => db.Versions.CountAsync(v => v.PolicyId == policy.Id)));
    }

    [Fact]
    public async Task Of_many_simultaneous_saves_from_the_same_version_exactly_one_wins()
    {
        await using var h = await PoliciesHarness.CreateAsync();
        var policy = await h.PublishedAsync();
        var token = policy.ConcurrencyToken;

        var results = await Task.WhenAll(Enumerable.Range(1, 12).Select(i => Task.Run(() => h.WithPoliciesAsync(s =>
            s.UpdateAsync(policy.Id, token, PolicyInput.From(policy) with { Title = $"编辑 {i}" }, $"第 {i} 人修改", i % 2 == 0, new Actor($"u{i}", $"编辑{i}"))))));

        Assert.Single(results, r => r is null);
        Assert.All(results.Where(r => r is not null), r => Assert.Equal(PolicyService.ConflictMessage, r!.Message));
        var stored = await h.LoadAsync(policy.Id);
        Assert.Equal(2, stored.Version);
        var version = await h.WithDbAsync(db => db.Versions.SingleAsync(v => v.PolicyId == policy.Id && v.Number == 2));
        Assert.Equal(stored.Title, version.Title);
    }
}
