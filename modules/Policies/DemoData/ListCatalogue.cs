using Portal.Core.Enterprises;
using Portal.Modules.Policies.Contracts;
using Portal.Modules.Policies.Domain;
using static Portal.Modules.Policies.Contracts.NeedCategory;

namespace Portal.Modules.Policies.DemoData;

internal sealed record ResourceSeed(string Title, ResourceKind Kind, string Unit, NeedCategory[] Categories, Segment[] Segments, string Text);

internal sealed record ProjectSeed(string Title, string LeadUnit, string[] Claimers, ProjectState State, string Text);

/// <summary>The demo 资源清单 (20 items) and 项目清单 (10 projects) of the units that serve the chain.</summary>
internal static class ListCatalogue
{
    public static readonly IReadOnlyList<ResourceSeed> Resources =
    [
        new("针纺企业“链e贷”信用贷款", ResourceKind.Resource, "区金融服务中心", [Financing], [], "合作银行按纳税和用电数据核定信用额度，无需抵押。"),
        new("政府性融资担保费率优惠", ResourceKind.Service, "区融资担保公司", [Financing], [], "担保费率下调，首贷企业优先受理。"),
        new("应急转贷资金", ResourceKind.Resource, "区财政局", [Financing], [], "贷款到期周转困难时，短期过桥续贷。"),
        new("针纺服装产业园标准厂房", ResourceKind.Resource, "针纺服装产业园管委会", [Land], [Segment.Garment, Segment.Dyeing], "可租可售的多层标准厂房，按需分割。"),
        new("工业用地“标准地”供应", ResourceKind.Policy, "区自然资源分局", [Land, Approvals], [], "出让前明确亩均指标，拿地即可开工。"),
        new("昌东工业园仓储物流用地", ResourceKind.Resource, "昌东工业园管委会", [Land], [Segment.Transport], "临近物流通道，适合仓配一体。"),
        new("纺织服装院校产学研对接", ResourceKind.Service, "区科学技术局", [Technology, Labour], [], "对接本地纺织服装院校的研发团队和实习学生。"),
        new("印染废水处理技术诊断", ResourceKind.Service, "区生态环境分局", [Technology], [Segment.Dyeing], "专家上门诊断，给出节水减排改造建议。"),
        new("智能制造诊断服务", ResourceKind.Service, "区工业和信息化局", [Technology], [Segment.SmartManufacturing, Segment.Garment], "免费评估生产线，出具智能化改造方案。"),
        new("产业链招商项目库", ResourceKind.Project, "区投资促进局", [Investment], [], "链上缺失环节的招商项目，欢迎企业引荐合作伙伴。"),
        new("以商招商引荐奖励", ResourceKind.Policy, "区投资促进局", [Investment], [], "企业引荐项目落地，按投资额给予奖励。"),
        new("针纺企业专场招聘会", ResourceKind.Service, "区人力资源和社会保障局", [Labour], [Segment.Garment, Segment.Dyeing], "每季度举办，缝纫工、挡车工等岗位集中对接。"),
        new("职业技能等级认定", ResourceKind.Service, "区人力资源和社会保障局", [Labour], [], "企业自主开展技能等级认定，补贴培训费用。"),
        new("企业开办“一窗通办”", ResourceKind.Service, "区行政审批局", [Approvals], [], "营业执照、印章、税务登记一次办结。"),
        new("工程建设项目帮办代办", ResourceKind.Service, "区行政审批局", [Approvals, Land], [], "从立项到竣工验收全程代办。"),
        new("出口手续全程帮办", ResourceKind.Service, "区商务局", [Export, Approvals], [Segment.Sales, Segment.Garment], "党建指导员协助办理出口备案与报关手续。"),
        new("外贸企业出口信保统保平台", ResourceKind.Resource, "区商务局", [Export, Financing], [Segment.Sales], "小微外贸企业免费加入统保平台。"),
        new("惠企政策“一对一”解读", ResourceKind.Service, "区工业和信息化局", [NeedCategory.Policy], [], "帮办员上门解读适用政策，协助准备申报材料。"),
        new("减税退税政策辅导", ResourceKind.Policy, "区税务局", [NeedCategory.Policy, Financing], [], "主题活动现场辅导退税申报。"),
        new("法律与知识产权咨询", ResourceKind.Service, "针纺行业协会", [Other], [], "律师与知识产权顾问定期坐班答疑。"),
    ];

    public static readonly IReadOnlyList<ProjectSeed> Projects =
    [
        new("针纺产业数字化转型示范工程", "区工业和信息化局", ["湖坊镇", "区科学技术局"], ProjectState.InProgress, "建设一批数字化车间，带动链上企业上云用数。"),
        new("印染集中区污水处理提标改造", "区生态环境分局", ["京东镇"], ProjectState.InProgress, "提高集中区污水处理标准，保障印染企业稳定生产。"),
        new("“青山湖针纺”区域品牌打造", "区商务局", ["针纺行业协会"], ProjectState.Claimed, "统一区域品牌形象，组织企业集体亮相。"),
        new("针纺服装产业园二期标准厂房", "针纺服装产业园管委会", ["区自然资源分局", "区住房和城乡建设局"], ProjectState.InProgress, "新增标准厂房，解决成长型企业用地难。"),
        new("纺织服装实训基地扩容", "区人力资源和社会保障局", ["区教育体育局"], ProjectState.Done, "在重点企业新增实训基地，保障技能人才供应。"),
        new("针纺企业直播电商基地", "区商务局", [], ProjectState.Open, "建设共享直播间和选品中心，培育直播人才。"),
        new("产业链金融服务站", "区金融服务中心", ["塘山镇", "罗家镇"], ProjectState.Done, "在园区设立金融服务站，银行驻点办公。"),
        new("针纺面辅料集采平台", "针纺行业协会", [], ProjectState.Open, "整合链上采购需求，降低面辅料成本。"),
        new("智能仓储物流中心", "昌东工业园管委会", ["区交通运输局"], ProjectState.Claimed, "建设服务针纺企业的智能仓储和配送中心。"),
        new("针纺文化旅游消费节", "区文化广电新闻出版旅游局", ["区商务局", "上海路街道"], ProjectState.Done, "每年举办消费节，集中展示区内针纺品牌。"),
    ];
}
