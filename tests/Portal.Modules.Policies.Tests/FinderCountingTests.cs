using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Core.Enterprises;
using Portal.Core.Time;
using Portal.Modules.Policies.Data;
using Portal.Modules.Policies.Domain;
using Portal.Modules.Policies.Search;
using Portal.Testing;

namespace Portal.Modules.Policies.Tests;

/// <summary>
/// The finder counts facets in one pass and pages along precomputed orders; these tests hold it to the plain
/// definition — each facet counted under the other filters, every match sorted, then paged — on 160 generated
/// policies and 60 filters, on SQLite and PostgreSQL.
/// </summary>
public sealed class FinderCountingTests
{
    private static readonly string[] Words = ["贴息", "人才", "技改", "绿色发展", "出口", "品牌"];
    private static readonly string[] Departments = ["区工信局", "区财政局", "市商务局", "省工信厅"];

    public static TheoryData<DatabaseProvider> Providers => [DatabaseProvider.Sqlite, DatabaseProvider.Postgres];

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Counts_order_and_pages_match_the_plain_definition(DatabaseProvider provider)
    {
        await using var harness = await KernelHarness.CreateAsync([new PoliciesModule()], provider);
        var today = harness.Time.ChinaToday();
        await FinderSamples.AddAsync(harness, Generate(160, today));

        var filters = Filters(60).ToList();
        Assert.Contains(filters, f => f.Sort == PolicySort.Deadline);
        foreach (var filter in filters)
        {
            var (actual, expected) = await harness.InScopeAsync(async sp =>
            {
                var db = sp.GetRequiredService<PoliciesDbContext>();
                var result = await sp.GetRequiredService<PolicyFinder>().SearchAsync(filter, CancellationToken.None, pageSize: 7);
                return (Describe(result), await ExpectedAsync(db, filter, today, pageSize: 7));
            });
            Assert.Equal(expected, actual);
        }
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_edit_reaches_the_counts_of_the_next_search(DatabaseProvider provider)
    {
        await using var harness = await KernelHarness.CreateAsync([new PoliciesModule()], provider);
        await FinderSamples.AddAsync(harness, FinderSamples.All());
        Task<FinderResult> Search() => harness.WithAsync<PolicyFinder, FinderResult>(f => f.SearchAsync(new PolicyFilter(), CancellationToken.None));
        Assert.Equal(0, (await Search()).Departments.SingleOrDefault(d => d.Value == "省财政厅")?.Count ?? 0);

        await harness.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<PoliciesDbContext>();
            (await db.Policies.SingleAsync(p => p.Slug == "rencai")).IssuingDepartment = "省财政厅";
            await db.SaveChangesAsync();
        });

        Assert.Equal(1, (await Search()).Departments.Single(d => d.Value == "省财政厅").Count);
    }

    /// <summary>The result as text: totals, the page's ids in order and every facet.</summary>
    private static string Describe(FinderResult r) => string.Join('\n',
        $"total {r.Total} page {r.Page}/{r.PageCount} free {r.Free}",
        "hits " + string.Join(',', r.Hits.Select(h => h.Id)),
        Facet(r.Levels), Facet(r.Departments), Facet(r.Areas), Facet(r.Types), Facet(r.Segments), Facet(r.Sizes), Facet(r.Windows));

    private static string Facet<T>(IEnumerable<FacetCount<T>> counts) => string.Join(' ', counts.Select(c => $"{c.Value}:{c.Count}"));

    /// <summary>The plain definition: one pass per facet under the other filters, a full sort, then the page.</summary>
    private static async Task<string> ExpectedAsync(PoliciesDbContext db, PolicyFilter filter, DateOnly today, int pageSize)
    {
        var all = await db.SearchEntries.AsNoTracking().OrderBy(e => e.PolicyId)
            .Select(e => new FinderRow(e.PolicyId, e.Department, e.Level, e.SupportArea, e.SupportType, e.SegmentMask, e.SizeMask,
                e.GrantedWithoutApplication, e.State, e.OpensOn, e.ClosesOn, e.PublishedAt))
            .ToListAsync();
        var terms = SearchTerms.Parse(filter.Q);
        var ids = terms.IsEmpty ? null : (await RawQueries.MatchingIdsAsync(db, terms, CancellationToken.None)).ToHashSet();
        var rows = all.Where(r => ids is null || ids.Contains(r.PolicyId)).ToList();
        var matching = rows.Where(r => filter.Accepts(r, today)).ToList();
        var ordered = filter.Sort == PolicySort.Deadline
            ? matching.OrderBy(r => r.IsClosed(today)).ThenBy(r => r.ClosesOn ?? DateOnly.MaxValue).ThenByDescending(r => r.PublishedAt)
            : matching.OrderByDescending(r => r.PublishedAt).ThenByDescending(r => r.PolicyId);
        var pageCount = Math.Max(1, (matching.Count + pageSize - 1) / pageSize);
        var page = Math.Clamp(filter.Page, 1, pageCount);

        string Count<T>(FacetKind kind, IEnumerable<T> values, Func<FinderRow, T, bool> has)
        {
            var under = rows.Where(r => filter.Accepts(r, today, kind)).ToList();
            return string.Join(' ', values.Select(v => $"{v}:{under.Count(r => has(r, v))}"));
        }

        var departments = rows.Where(r => filter.Accepts(r, today, FacetKind.Department))
            .GroupBy(r => r.Department).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Key}:{g.Count()}");
        return string.Join('\n',
            $"total {matching.Count} page {page}/{pageCount} free {rows.Count(r => filter.Accepts(r, today, FacetKind.Free) && r.GrantedWithoutApplication)}",
            "hits " + string.Join(',', ordered.Skip((page - 1) * pageSize).Take(pageSize).Select(r => r.PolicyId)),
            Count(FacetKind.Level, PolicyNames.Levels, (r, v) => r.Level == v),
            string.Join(' ', departments),
            Count(FacetKind.Area, PolicyNames.Areas, (r, v) => r.SupportArea == v),
            Count(FacetKind.Type, PolicyNames.Types, (r, v) => r.SupportType == v),
            Count(FacetKind.Segment, Segments.All, (r, v) => r.ForSegment(v)),
            Count(FacetKind.Size, SizeClasses.All, (r, v) => r.ForSize(v)),
            Count(FacetKind.Window, Enum.GetValues<PolicyWindow>(), (r, v) => r.In(v, today)));
    }

    /// <summary>Deterministic policies spread over every facet, window and state; closing dates repeat on purpose.</summary>
    private static IEnumerable<Policy> Generate(int count, DateOnly today)
    {
        var random = new Random(4);
        for (var i = 1; i <= count; i++)
        {
            var word = Words[random.Next(Words.Length)];
            var closes = random.Next(6) == 0 ? (DateOnly?)null : today.AddDays(random.Next(-40, 60) / 5 * 5);
            var state = random.Next(10) switch
            {
                0 => PolicyState.Draft,
                1 => PolicyState.Withdrawn,
                _ => closes < today ? PolicyState.Expired : PolicyState.Published,
            };
            yield return FinderSamples.Make($"gen-{i}", $"关于{word}的措施{i}", $"支持企业{Words[random.Next(Words.Length)]}，给予奖励。", p =>
            {
                p.IssuingDepartment = Departments[random.Next(Departments.Length)];
                p.Level = (PolicyLevel)random.Next(1, 5);
                p.SupportArea = (SupportArea)random.Next(1, 8);
                p.SupportType = (SupportType)random.Next(1, 7);
                p.TargetSegments = random.Next(3) == 0 ? [] : [(Segment)random.Next(1, 7)];
                p.TargetSizes = random.Next(2) == 0 ? [] : [(SizeClass)random.Next(1, 5), (SizeClass)random.Next(1, 5)];
                p.GrantedWithoutApplication = random.Next(5) == 0;
                p.OpensOn = closes?.AddDays(-random.Next(10, 90));
                p.ClosesOn = closes;
                p.State = state;
                p.PublishedAt = FinderSamples.Published.AddHours(-i);
            });
        }
    }

    private static IEnumerable<PolicyFilter> Filters(int count)
    {
        var random = new Random(11);
        T? Maybe<T>(IReadOnlyList<T> values)
            where T : struct => random.Next(3) == 0 ? values[random.Next(values.Count)] : null;
        yield return new PolicyFilter();
        yield return new PolicyFilter(Sort: PolicySort.Deadline, Page: 3);
        for (var i = 2; i < count; i++)
        {
            yield return new PolicyFilter(
                Q: random.Next(2) == 0 ? Words[random.Next(Words.Length)] : null,
                Level: Maybe(PolicyNames.Levels),
                Department: random.Next(4) == 0 ? Departments[random.Next(Departments.Length)] : null,
                Area: Maybe(PolicyNames.Areas),
                Type: Maybe(PolicyNames.Types),
                Segment: Maybe(Segments.All),
                Size: Maybe(SizeClasses.All),
                Window: Maybe(Enum.GetValues<PolicyWindow>()),
                Free: random.Next(4) == 0,
                Sort: random.Next(2) == 0 ? PolicySort.Deadline : PolicySort.Newest,
                Page: random.Next(1, 4));
        }
    }
}
