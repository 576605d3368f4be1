using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Time;
using Portal.Modules.Policies.Contracts;
using Portal.Modules.Policies.Data;
using Portal.Modules.Policies.DemoData;
using Portal.Modules.Policies.Domain;
using Portal.Testing;

namespace Portal.Modules.Policies.Tests;

public sealed class PoliciesDemoDataTests
{
    private static async Task SeedAsync(KernelHarness harness) => await harness.InScopeAsync(async sp =>
    {
        await ActivatorUtilities.CreateInstance<PoliciesDemoSeeder>(sp).SeedAsync(CancellationToken.None);
        return 0;
    });

    [Fact]
    public async Task Demo_lists_cover_every_state_level_area_and_type_once()
    {
        await using var harness = await KernelHarness.CreateAsync([new PoliciesModule()]);
        await SeedAsync(harness);
        await SeedAsync(harness);
        var today = harness.Time.ChinaToday();

        var policies = await harness.WithAsync<PoliciesDbContext, List<Policy>>(db => db.Policies.AsNoTracking().ToListAsync());
        Assert.InRange(policies.Count, 40, 60);
        Assert.Equal(policies.Count, policies.Select(p => p.Slug).Distinct().Count());
        Assert.Equal(Enum.GetValues<PolicyState>().Order(), policies.Select(p => p.State).Distinct().Order());
        Assert.Equal(Enum.GetValues<PolicyLevel>().Order(), policies.Select(p => p.Level).Distinct().Order());
        Assert.Equal(Enum.GetValues<SupportArea>().Order(), policies.Select(p => p.SupportArea).Distinct().Order());
        Assert.Equal(Enum.GetValues<SupportType>().Order(), policies.Select(p => p.SupportType).Distinct().Order());
        Assert.True(policies.Count(p => p.IsOpenOn(today) && p.DaysLeft(today) is >= 0 and <= 30) >= 5, "some open policies close within 30 days");
        Assert.True(policies.Count(p => p.State == PolicyState.Expired && p.ClosesOn < today) >= 3, "some expired");
        Assert.True(policies.Count(p => p.IsOpenOn(today) && p.GrantedWithoutApplication) >= 3, "some open 免申即享");
        Assert.All(policies.Where(p => p.State == PolicyState.Scheduled), p => Assert.True(p.PublishAt > harness.Time.GetUtcNow().UtcDateTime));
        Assert.All(policies.Where(p => p.State == PolicyState.Withdrawn), p => Assert.False(string.IsNullOrWhiteSpace(p.WithdrawnReason)));

        var versions = await harness.WithAsync<PoliciesDbContext, List<PolicyVersion>>(db => db.Versions.AsNoTracking().ToListAsync());
        Assert.All(policies.Where(p => p.Version > 0), p => Assert.Equal(p.Version, versions.Count(v => v.PolicyId == p.Id)));
        Assert.Contains(versions, v => v.Number == 2);

        Assert.Equal(20, await harness.WithAsync<PoliciesDbContext, int>(db => db.Resources.CountAsync()));
        var projects = await harness.WithAsync<PoliciesDbContext, List<Project>>(db => db.Projects.Include(p => p.Progress).AsNoTracking().ToListAsync());
        Assert.Equal(10, projects.Count);
        Assert.Equal(Enum.GetValues<ProjectState>().Order(), projects.Select(p => p.State).Distinct().Order());
        Assert.Contains(projects, p => p.Progress.Count >= 3);
    }

    [Fact]
    public async Task Demo_data_is_the_same_on_every_run()
    {
        async Task<string> FingerprintAsync()
        {
            await using var harness = await KernelHarness.CreateAsync([new PoliciesModule()]);
            await SeedAsync(harness);
            return await harness.WithAsync<PoliciesDbContext, string>(async db => string.Join('|',
                (await db.Policies.OrderBy(p => p.Id).ToListAsync()).Select(p => $"{p.Slug}{p.Title}{p.State}{p.ClosesOn}{p.MaxAmountWan}{p.Contact}")));
        }

        Assert.Equal(await FingerprintAsync(), await FingerprintAsync());
    }

    [Fact]
    public async Task The_resource_directory_answers_a_category_with_published_items_only()
    {
        await using var harness = await KernelHarness.CreateAsync([new PoliciesModule()]);
        await SeedAsync(harness);

        var financing = await harness.WithAsync<IResourceDirectory, IReadOnlyList<ResourceSummary>>(d => d.AnsweringAsync(NeedCategory.Financing, 10));
        Assert.NotEmpty(financing);
        Assert.All(financing, r => Assert.StartsWith("/resources/", r.Url, StringComparison.Ordinal));
        var ids = financing.Select(r => r.Id).ToList();
        var rows = await harness.WithAsync<PoliciesDbContext, List<Resource>>(db => db.Resources.Where(r => ids.Contains(r.Id)).ToListAsync());
        Assert.All(rows, r => Assert.True(r.Published && r.Categories.Contains(NeedCategory.Financing)));
        Assert.Single(rows.Single(r => r.Id == financing[0].Id).Categories); // the most specific item first
        Assert.Single(await harness.WithAsync<IResourceDirectory, IReadOnlyList<ResourceSummary>>(d => d.AnsweringAsync(NeedCategory.Land, 1)));

        // The unpublished item (法律与知识产权咨询, the only one for 其他) is never offered.
        Assert.Empty(await harness.WithAsync<IResourceDirectory, IReadOnlyList<ResourceSummary>>(d => d.AnsweringAsync(NeedCategory.Other)));
    }
}
