using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Enterprises;
using Portal.Modules.Policies.Data;
using Portal.Modules.Policies.Domain;
using Portal.Testing;

namespace Portal.Modules.Policies.Tests;

/// <summary>A small fixed set of public policies for the finder's quality and facet tests (written here, not demo data).</summary>
internal static class FinderSamples
{
    public static readonly DateTime Published = new(2026, 11, 1, 2, 0, 0, DateTimeKind.Utc);

    public static Policy Make(string slug, string title, string body, Action<Policy>? change = null)
    {
        var policy = new Policy
        {
            Slug = slug,
            Title = title,
            DocumentNumber = "青府办发〔2026〕1号",
            IssuingDepartment = "区工信局",
            Level = PolicyLevel.District,
            SupportArea = SupportArea.ScaleUp,
            SupportType = SupportType.Grant,
            BodyMarkdown = body,
            State = PolicyState.Published,
            PublishedAt = Published,
            Version = 1,
            CreatedAt = Published,
            UpdatedAt = Published,
        };
        change?.Invoke(policy);
        return policy;
    }

    /// <summary>Today in the harness is 2026-11-25 (China).</summary>
    public static IReadOnlyList<Policy> All() =>
    [
        Make("tiexi", "纺织企业技术改造贷款贴息办法", "## 惠及对象\n规模以上纺织企业。\n\n对**技改**项目贷款给予贴息，最高 200 万元。", p =>
        {
            p.DocumentNumber = "青府办发〔2026〕12号";
            p.SupportType = SupportType.InterestSubsidy;
            p.SupportArea = SupportArea.SmartGreen;
            p.TargetSegments = [Segment.Dyeing];
            p.ClosesOn = new DateOnly(2026, 12, 10);
        }),
        Make("rencai", "高层次人才引进奖励", "引进纺织服装设计人才，给予安家补贴。", p =>
        {
            p.DocumentNumber = "青人社发〔2025〕7号";
            p.IssuingDepartment = "区人社局";
            p.SupportType = SupportType.TalentAward;
            p.SupportArea = SupportArea.CreativeDesign;
            p.Level = PolicyLevel.City;
            p.TargetSizes = [SizeClass.Small, SizeClass.Micro];
            p.ClosesOn = new DateOnly(2027, 3, 31);
        }),
        Make("lvse", "绿色发展专项资金", "支持印染企业绿色发展与节能降耗改造。", p =>
        {
            p.DocumentNumber = "赣工信字〔2026〕30号";
            p.Level = PolicyLevel.Province;
            p.IssuingDepartment = "省工信厅";
            p.SupportArea = SupportArea.SmartGreen;
            p.GrantedWithoutApplication = true;
        }),
        Make("pinpai", "品牌建设奖励（已截止）", "对获得驰名商标的企业给予一次性奖励。", p =>
        {
            p.State = PolicyState.Expired;
            p.SupportArea = SupportArea.Brand;
            p.ClosesOn = new DateOnly(2026, 10, 1);
            p.PublishedAt = Published.AddDays(-90);
        }),
        Make("draft", "贴息草稿不公开", "技改 贴息 人才", p => p.State = PolicyState.Draft),
        Make("xss", "<script>alert(1)</script>贴息", "<img src=x onerror=alert(1)> 贴息 \"quoted\" 'single'", p => p.DocumentNumber = "\"<b>"),
    ];

    public static async Task AddAsync(KernelHarness harness, IEnumerable<Policy> policies) =>
        await harness.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<PoliciesDbContext>();
            db.Policies.AddRange(policies);
            await db.SaveChangesAsync();
        });
}
