using System.Text;
using Portal.Core.Enterprises;
using Portal.Modules.Policies.Domain;

namespace Portal.Modules.Policies.Benchmark;

/// <summary>
/// 10,000 deterministic policies written like the district's: a title from the support vocabulary, a 文号, a
/// department, and a body of sentences mixing the policy's own topic words with common administrative text —
/// so a topic word is in a few percent of policies and the common words in most of them.
/// </summary>
internal static class Corpus
{
    private static readonly string[] Topics =
    [
        "贴息", "人才", "技改", "印染", "绿色发展", "专精特新", "设备更新", "品牌建设", "数字化转型", "融资担保",
        "首台套", "出口", "用工培训", "研发投入", "厂房租金", "营销模式创新", "高新技术企业", "参展补助", "规模以上", "节能降耗",
        "智能制造", "工业设计", "电子商务", "直播带货", "驰名商标", "标准制定", "质量提升", "跨境电商", "技术中心", "小升规",
        "上市挂牌", "兼并重组", "物流配送", "服装设计", "面料研发", "污水处理", "光伏发电", "科技成果转化", "产学研合作", "行业协会",
    ];

    private static readonly string[] Common =
    [
        "符合条件的企业可按规定申报", "由区级财政给予一次性奖励", "申报材料须真实完整", "经审核后予以兑现", "企业应在本区依法登记注册",
        "近三年无重大安全生产事故", "纳税信用等级为B级以上", "按照实际投入的一定比例给予补助", "同一项目不重复享受", "由主管部门会同财政部门组织实施",
        "资金实行专款专用", "对弄虚作假的依法追回资金", "本办法自发布之日起施行", "具体以当年申报通知为准", "企业须提交营业执照复印件",
    ];

    private static readonly string[] Departments = ["区工信局", "区财政局", "区人社局", "区商务局", "区科技局", "市工信局", "市商务局", "省工信厅", "省商务厅", "工业和信息化部"];

    public static IEnumerable<Policy> Generate(int count, DateTime now)
    {
        var random = new Random(2026);
        var today = DateOnly.FromDateTime(now);
        for (var i = 1; i <= count; i++)
        {
            var topic = Topics[random.Next(Topics.Length)];
            var second = Topics[random.Next(Topics.Length)];
            var body = new StringBuilder("## 惠及对象\n\n");
            for (var s = 0; s < 24; s++)
            {
                body.Append(random.Next(6) == 0 ? $"支持企业开展{(random.Next(2) == 0 ? topic : second)}工作，" : "").Append(Common[random.Next(Common.Length)]).Append("。");
                if (s % 6 == 5)
                {
                    body.Append("\n\n## 申报条件\n\n");
                }
            }

            var closes = random.Next(5) == 0 ? (DateOnly?)null : today.AddDays(random.Next(-200, 200));
            var state = closes < today ? PolicyState.Expired : PolicyState.Published;
            yield return new Policy
            {
                Slug = $"bench-{i}",
                Title = $"关于支持{topic}和{second}的若干措施（第{i}号）",
                DocumentNumber = $"青府办发〔{2020 + i % 7}〕{i % 300 + 1}号",
                IssuingDepartment = Departments[random.Next(Departments.Length)],
                Level = (PolicyLevel)random.Next(1, 5),
                SupportArea = (SupportArea)random.Next(1, 8),
                SupportType = (SupportType)random.Next(1, 7),
                TargetSegments = random.Next(3) == 0 ? [] : [(Segment)random.Next(1, 7)],
                TargetSizes = random.Next(2) == 0 ? [] : [(SizeClass)random.Next(1, 5), (SizeClass)random.Next(1, 5)],
                GrantedWithoutApplication = random.Next(8) == 0,
                OpensOn = closes?.AddDays(-90),
                ClosesOn = closes,
                MaxAmountWan = random.Next(1, 500),
                BodyMarkdown = body.ToString(),
                State = state,
                PublishedAt = now.AddDays(-random.Next(1, 1500)),
                Version = 1,
                CreatedAt = now,
                UpdatedAt = now,
            };
        }
    }
}
