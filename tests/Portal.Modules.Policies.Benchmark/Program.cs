using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Core.Enterprises;
using Portal.Modules.Policies;
using Portal.Modules.Policies.Benchmark;
using Portal.Modules.Policies.Data;
using Portal.Modules.Policies.Domain;
using Portal.Modules.Policies.Search;
using Portal.Testing;

// Usage: dotnet run -c Release --project tests/Portal.Modules.Policies.Benchmark [-- postgres] [-- count]
// PostgreSQL reads its connection string from PORTAL_TEST_POSTGRES (the database is wiped).
var provider = args.Contains("postgres") ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite;
var count = args.Select(a => int.TryParse(a, out var n) ? n : 0).FirstOrDefault(n => n > 0, 10_000);
const int Rounds = 5;

PolicyFilter[] queries =
[
    new(Q: "贴息"), new(Q: "人才", Level: PolicyLevel.District), new(Q: "技改", Window: PolicyWindow.Open),
    new(Q: "印染", Segment: Segment.Dyeing), new(Q: "绿色发展", Area: SupportArea.SmartGreen), new(Q: "专精特新", Sort: PolicySort.Deadline),
    new(Q: "设备更新", Size: SizeClass.Small), new(Q: "品牌建设", Type: SupportType.Grant), new(Q: "数字化转型", Window: PolicyWindow.ClosingSoon),
    new(Q: "融资担保", Free: true), new(Q: "首台套", Department: "区工信局"), new(Q: "出口", Level: PolicyLevel.Province, Page: 2),
    new(Q: "用工培训"), new(Q: "研发投入", Segment: Segment.Garment, Size: SizeClass.Medium), new(Q: "营销模式创新", Window: PolicyWindow.Closed),
    new(Q: "高新技术企业", Sort: PolicySort.Deadline), new(Q: "青府办发〔2024〕"), new(Q: "申报", Level: PolicyLevel.City),
    new(Q: "企业 奖励", Area: SupportArea.Brand), new(Q: "跨境电商 出口", Window: PolicyWindow.Open),
];

await using var harness = await KernelHarness.CreateAsync([new PoliciesModule()], provider);
var now = harness.Time.GetUtcNow().UtcDateTime;
var seeding = Stopwatch.StartNew();
foreach (var batch in Corpus.Generate(count, now).Chunk(500))
{
    await harness.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<PoliciesDbContext>();
        db.Policies.AddRange(batch);
        await db.SaveChangesAsync();
    });
}

seeding.Stop();
if (provider == DatabaseProvider.Postgres)
{
    await harness.InScopeAsync(sp => sp.GetRequiredService<PoliciesDbContext>().Database.ExecuteSqlRawAsync("ANALYZE policy_search"));
}

if (args.Contains("profile"))
{
    for (var k = 0; k < 3; k++)
    {
        await harness.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<PoliciesDbContext>();
            var cache = sp.GetRequiredService<FinderRowCache>();
            var finder = sp.GetRequiredService<PolicyFinder>();
            var w = Stopwatch.StartNew();
            var rows = await cache.RowsAsync(db, CancellationToken.None);
            var t1 = w.Elapsed.TotalMilliseconds;
            var c = await finder.CandidatesAsync(SearchTerms.Parse("申报"), CancellationToken.None);
            var t2 = w.Elapsed.TotalMilliseconds;
            await finder.SearchAsync(new PolicyFilter(Q: "申报"), CancellationToken.None);
            Console.WriteLine($"rows {rows.Count} {t1:F1} cand {c.Count} {t2 - t1:F1} search {w.Elapsed.TotalMilliseconds - t2:F1}");
        });
    }
}

var times = new List<double>();
var perQuery = new List<string>();
for (var round = 0; round <= Rounds; round++)
{
    foreach (var filter in queries)
    {
        var (elapsed, total) = await harness.InScopeAsync(async sp =>
        {
            var finder = sp.GetRequiredService<PolicyFinder>();
            var watch = Stopwatch.StartNew();
            var result = await finder.SearchAsync(filter, CancellationToken.None);
            return (watch.Elapsed.TotalMilliseconds, result.Total);
        });
        if (round > 0)
        {
            times.Add(elapsed);
        }

        if (round == Rounds)
        {
            perQuery.Add($"{filter.ToQueryString()} → {total} hits, {elapsed:F1} ms");
        }
    }
}

times.Sort();
double Percentile(double p) => times[(int)Math.Ceiling(p * times.Count) - 1];
Console.WriteLine(string.Join('\n', perQuery));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{provider}: {count} policies seeded and indexed in {seeding.Elapsed.TotalSeconds:F0} s; {queries.Length} queries × {Rounds} rounds (after a warm-up round): p50 {Percentile(0.50):F1} ms, p95 {Percentile(0.95):F1} ms, max {times[^1]:F1} ms"));
