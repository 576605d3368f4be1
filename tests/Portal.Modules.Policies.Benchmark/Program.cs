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
const int Rounds = 10;
const int WarmUpRounds = 3;

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

string Load() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";
var loadBefore = Load();

// The first search after start loads the finder's cache (every indexed policy's facet columns).
var cold = await harness.InScopeAsync(async sp =>
{
    var watch = Stopwatch.StartNew();
    await sp.GetRequiredService<PolicyFinder>().SearchAsync(queries[0], CancellationToken.None);
    return watch.Elapsed.TotalMilliseconds;
});

if (args.Contains("profile"))
{
    // Where a search's time goes: the index stamp, the text query alone, the page's policies read in full and
    // their snippets, then the whole finder (which does all of these plus the pass over the cached rows).
    foreach (var filter in queries)
    {
        var (stamp, text, read, snippets, whole) = (new List<double>(), new List<double>(), new List<double>(), new List<double>(), new List<double>());
        for (var k = 0; k < 11; k++)
        {
            await harness.InScopeAsync(async sp =>
            {
                var db = sp.GetRequiredService<PoliciesDbContext>();
                var watch = Stopwatch.StartNew();
                await RawQueries.StampAsync(db, CancellationToken.None);
                stamp.Add(watch.Elapsed.TotalMilliseconds);
                watch.Restart();
                await RawQueries.MatchingIdsAsync(db, SearchTerms.Parse(filter.Q), CancellationToken.None);
                text.Add(watch.Elapsed.TotalMilliseconds);
                watch.Restart();
                var result = await sp.GetRequiredService<PolicyFinder>().SearchAsync(filter, CancellationToken.None);
                whole.Add(watch.Elapsed.TotalMilliseconds);
                var ids = result.Hits.Select(h => h.Id).ToList();
                watch.Restart();
                var policies = await db.Policies.AsNoTracking().Where(p => ids.Contains(p.Id)).ToListAsync();
                read.Add(watch.Elapsed.TotalMilliseconds);
                watch.Restart();
                var words = SearchTerms.Parse(filter.Q).Words;
                foreach (var policy in policies)
                {
                    Highlighter.Mark(policy.Title, words);
                    Highlighter.Snippet(PlainText.FromMarkdown(policy.BodyMarkdown), words);
                }

                snippets.Add(watch.Elapsed.TotalMilliseconds);
            });
        }

        static double Median(List<double> list) => list.Order().ElementAt(list.Count / 2);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"profile {Uri.UnescapeDataString(filter.ToQueryString())}: stamp {Median(stamp):F2}, text query {Median(text):F2}, page read {Median(read):F2}, snippets {Median(snippets):F2}, whole finder {Median(whole):F2} ms (medians of 11)"));
    }
}

var cpuBefore = TimeSpan.Zero;
var times = new List<double>();
var perQuery = queries.Select(_ => new List<double>()).ToArray();
var totals = new int[queries.Length];
for (var round = 1 - WarmUpRounds; round <= Rounds; round++)
{
    if (round == 1)
    {
        cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
    }

    for (var q = 0; q < queries.Length; q++)
    {
        var filter = queries[q];
        var (elapsed, total) = await harness.InScopeAsync(async sp =>
        {
            var finder = sp.GetRequiredService<PolicyFinder>();
            var watch = Stopwatch.StartNew();
            var result = await finder.SearchAsync(filter, CancellationToken.None);
            return (watch.Elapsed.TotalMilliseconds, result.Total);
        });
        totals[q] = total;
        if (round > 0)
        {
            times.Add(elapsed);
            perQuery[q].Add(elapsed);
        }
    }
}

var cpuPerSearch = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds / (Rounds * queries.Length);
times.Sort();
double Percentile(double p) => times[(int)Math.Ceiling(p * times.Count) - 1];
for (var q = 0; q < queries.Length; q++)
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{Uri.UnescapeDataString(queries[q].ToQueryString())} → {totals[q]} hits, median {perQuery[q].Order().ElementAt(Rounds / 2):F1} ms"));
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
    {provider}, {count} policies (seeded and indexed in {seeding.Elapsed.TotalSeconds:F0} s)
    whole finder (text + filters + facet counts + sort + page of {PolicyFinder.PageSize}), {queries.Length} Chinese queries with facets × {Rounds} rounds after {WarmUpRounds} warm-up rounds (steady state):
      p50 {Percentile(0.50):F1} ms   p95 {Percentile(0.95):F1} ms   max {times[^1]:F1} ms
      CPU per search (whole process, averaged; less sensitive to load than the wall clock): {cpuPerSearch:F1} ms
    first search after start (EF's warm-up and loading the finder's cache): {cold:F0} ms
    load average (1 5 15 min) before: {loadBefore}, after: {Load()}
    """));
