using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Core.Enterprises;
using Portal.Modules.Policies.Data;
using Portal.Modules.Policies.Domain;
using Portal.Modules.Policies.Search;
using Portal.Testing;

namespace Portal.Modules.Policies.Tests;

/// <summary>Search quality on a fixed set of policies, facets and their counts, the index kept in step — SQLite and PostgreSQL.</summary>
public sealed class FinderTests
{
    public static TheoryData<DatabaseProvider> Providers => [DatabaseProvider.Sqlite, DatabaseProvider.Postgres];

    public static TheoryData<DatabaseProvider, string, string> Queries()
    {
        var data = new TheoryData<DatabaseProvider, string, string>();
        (string Query, string Expected)[] cases =
        [
            ("贴息", "tiexi xss"),                       // two characters, title and body
            ("人才", "rencai"),
            ("技改", "tiexi"),                            // two characters, body only (Markdown emphasis around it)
            ("技术改造", "tiexi"),                        // a phrase
            ("术改", "tiexi"),
            ("改造技术", ""),                             // the same characters in another order are not the phrase
            ("绿色发展", "lvse"),
            ("印染 绿色", "lvse"),                        // every word must occur
            ("印染 人才", ""),
            ("青府办发〔2026〕12号", "tiexi"),            // 文号 as written
            ("2026 12号", "tiexi"),
            ("青人社发", "rencai"),
            ("区人社局", "rencai"),                       // department
            ("驰名商标", "pinpai"),                       // expired policies are found too (window facet says closed)
            ("草稿", ""),                                 // drafts are not public
            ("script", "xss"),
        ];
        foreach (var provider in new[] { DatabaseProvider.Sqlite, DatabaseProvider.Postgres })
        {
            foreach (var (query, expected) in cases)
            {
                data.Add(provider, query, expected);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task Fixed_queries_find_the_expected_policies(DatabaseProvider provider, string query, string expected)
    {
        await using var harness = await KernelHarness.CreateAsync([new PoliciesModule()], provider);
        await FinderSamples.AddAsync(harness, FinderSamples.All());

        var result = await harness.WithAsync<PolicyFinder, FinderResult>(f => f.SearchAsync(new PolicyFilter(Q: query), CancellationToken.None));

        Assert.Equal(expected, string.Join(' ', result.Hits.Select(h => h.Slug).Order(StringComparer.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Facets_filter_and_count_under_the_other_filters(DatabaseProvider provider)
    {
        await using var harness = await KernelHarness.CreateAsync([new PoliciesModule()], provider);
        await FinderSamples.AddAsync(harness, FinderSamples.All());
        Task<FinderResult> Search(PolicyFilter f) => harness.WithAsync<PolicyFinder, FinderResult>(s => s.SearchAsync(f, CancellationToken.None));

        var all = await Search(new PolicyFilter());
        Assert.Equal(5, all.Total);
        Assert.Equal(1, all.Free);
        Assert.Equal(1, all.Windows.Single(w => w.Value == PolicyWindow.ClosingSoon).Count);  // tiexi closes 2026-12-10, 15 days on
        Assert.Equal(1, all.Windows.Single(w => w.Value == PolicyWindow.Closed).Count);
        Assert.Equal(4, all.Windows.Single(w => w.Value == PolicyWindow.Open).Count);
        Assert.Equal(5, all.Segments.Single(s => s.Value == Segment.Dyeing).Count);          // "every segment" counts for dyeing
        Assert.Equal(4, all.Segments.Single(s => s.Value == Segment.Garment).Count);

        var smartGreen = await Search(new PolicyFilter(Area: SupportArea.SmartGreen));
        Assert.Equal(["lvse", "tiexi"], smartGreen.Hits.Select(h => h.Slug).Order(StringComparer.Ordinal));
        Assert.Equal(5, smartGreen.Areas.Sum(a => a.Count));                                  // area counts ignore the area filter
        Assert.Equal(2, smartGreen.Levels.Sum(l => l.Count));

        var closing = await Search(new PolicyFilter(Window: PolicyWindow.ClosingSoon, Sort: PolicySort.Deadline));
        var hit = Assert.Single(closing.Hits);
        Assert.Equal("tiexi", hit.Slug);
        Assert.Equal(15, hit.DaysLeft);

        var deadlineOrder = await Search(new PolicyFilter(Sort: PolicySort.Deadline));
        Assert.Equal("tiexi", deadlineOrder.Hits[0].Slug);
        Assert.Equal("pinpai", deadlineOrder.Hits[^1].Slug);

        var small = await Search(new PolicyFilter(Size: SizeClass.Large, Q: "人才"));
        Assert.Empty(small.Hits);
        Assert.Equal(1, small.Sizes.Single(s => s.Value == SizeClass.Small).Count);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_index_follows_edits_withdrawals_and_deletes(DatabaseProvider provider)
    {
        await using var harness = await KernelHarness.CreateAsync([new PoliciesModule()], provider);
        await FinderSamples.AddAsync(harness, FinderSamples.All());
        Task<int> Count(string q) => harness.WithAsync<PolicyFinder, int>(async f => (await f.SearchAsync(new PolicyFilter(Q: q), CancellationToken.None)).Total);
        Task Change(string slug, Action<PoliciesDbContext, Policy> change) => harness.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<PoliciesDbContext>();
            change(db, await db.Policies.SingleAsync(p => p.Slug == slug));
            await db.SaveChangesAsync();
        });

        await Change("rencai", (_, p) => p.Title = "高层次人才与技工奖励");
        Assert.Equal(1, await Count("技工"));
        await Change("rencai", (_, p) => p.State = PolicyState.Withdrawn);
        Assert.Equal(0, await Count("人才"));
        await Change("draft", (_, p) => p.State = PolicyState.Published);
        Assert.Equal(1, await Count("草稿"));
        await Change("draft", (db, p) => db.Policies.Remove(p));
        Assert.Equal(0, await Count("草稿"));

        await harness.InScopeAsync(sp => PolicySearchIndex.RebuildAsync(sp.GetRequiredService<PoliciesDbContext>(), CancellationToken.None));
        Assert.Equal(2, await Count("贴息"));
        Assert.Equal(0, await Count("人才"));
    }
}
