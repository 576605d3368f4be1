using Portal.Modules.Policies.Domain;

namespace Portal.Modules.Policies.DemoData;

/// <summary>The Markdown body of a demo policy: 惠及对象, 申报条件, 支持标准, 兑现时限, 申报材料.</summary>
internal static class PolicyBodies
{
    public static string Body(PolicySeed seed, int i)
    {
        var who = seed.Segments.Length == 0 ? "区内针纺产业链各行业企业" : "区内" + string.Join("、", seed.Segments.Select(s => Portal.Core.Enterprises.Segments.ChineseName(s))) + "行业企业";
        var how = seed.Free
            ? "符合条件的企业无需申报，由主管部门根据已有数据直接兑现（免申即享）。"
            : "企业在申报期内通过本平台或到受理窗口提交材料，主管部门审核后公示。";
        return $"""
            ## 惠及对象

            {who}。

            ## 申报条件

            1. 在青山湖区依法登记注册、具有独立法人资格；
            2. 申报年度内无重大安全生产、环保和质量事故；
            3. 属于“{seed.Area.ChineseName()}”支持方向，符合本政策{seed.Type.ChineseName()}的具体要求。

            ## 支持标准

            经审核认定后一次性给予{seed.Type.ChineseName()}，具体标准以文件为准。

            ## 兑现方式与时限

            {how}资金在公示结束后 {15 + (i % 4) * 5} 个工作日内拨付。

            ## 申报材料

            - 申报表（加盖公章）
            - 营业执照复印件
            - 相关证明材料
            """;
    }
}
