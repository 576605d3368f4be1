using Portal.Core.Enterprises;
using Portal.Modules.Policies.Domain;
using static Portal.Modules.Policies.Domain.PolicyLevel;
using static Portal.Modules.Policies.Domain.SupportArea;
using static Portal.Modules.Policies.Domain.SupportType;

namespace Portal.Modules.Policies.DemoData;

/// <summary>One demo policy's fixed facts; the seeder derives windows, states and bodies from them.</summary>
internal sealed record PolicySeed(
    string Title, PolicyLevel Level, SupportArea Area, SupportType Type, string Department, string Prefix,
    Segment[] Segments, bool Free = false, SizeClass[]? Sizes = null, bool? AboveSize = null);

/// <summary>
/// The demo 惠企政策清单: 44 policies across the four levels, the seven support areas and the six types, built on
/// facts of the district's textile-chain work (the seven areas, 区长质量奖, 人才10条, 双百计划, 实训基地, 免申即享 ...).
/// Titles and document numbers are demo values, not real documents.
/// </summary>
internal static class PolicyCatalogue
{
    private const string Gongxin = "青山湖区工业和信息化局";
    private const string Shangwu = "青山湖区商务局";
    private const string Keji = "青山湖区科学技术局";
    private const string Renshe = "青山湖区人力资源和社会保障局";
    private const string Shijian = "青山湖区市场监督管理局";
    private const string Shiwei = "南昌市人民政府办公室";
    private const string ShiGongxin = "南昌市工业和信息化局";
    private const string ShengGongxin = "江西省工业和信息化厅";
    private const string ShengShangwu = "江西省商务厅";
    private const string Guojia = "国家税务总局";

    private static readonly Segment[] Any = [];

    public static readonly IReadOnlyList<PolicySeed> All =
    [
        new("针纺企业升规入统培育奖励", District, ScaleUp, Grant, Gongxin, "青工信", Any, AboveSize: false),
        new("针纺企业首次纳入规上企业奖励", District, ScaleUp, Grant, Gongxin, "青工信", Any, Free: true, AboveSize: true),
        new("针纺企业年度营业收入增长奖励", District, ScaleUp, Grant, Gongxin, "青工信", Any, AboveSize: true),
        new("产业链龙头企业做大做强专项扶持", City, ScaleUp, Grant, ShiGongxin, "洪工信", [Segment.Garment, Segment.Dyeing], Sizes: [SizeClass.Large, SizeClass.Medium]),
        new("针纺企业智能装备购置补贴", District, SmartGreen, Grant, Gongxin, "青工信", [Segment.Garment, Segment.SmartManufacturing]),
        new("智能化改造项目贷款贴息", District, SmartGreen, InterestSubsidy, Gongxin, "青工信", Any),
        new("印染企业绿色低碳改造奖补", Province, SmartGreen, Grant, ShengGongxin, "赣工信", [Segment.Dyeing]),
        new("两化融合管理体系贯标奖励", City, SmartGreen, Grant, ShiGongxin, "洪工信", Any),
        new("数字化车间和智能工厂认定", Province, SmartGreen, Honour, ShengGongxin, "赣工信", [Segment.Garment, Segment.SmartManufacturing], AboveSize: true),
        new("节能节水环保专用设备税额抵免", National, SmartGreen, TaxRelief, Guojia, "税总", Any),
        new("区长质量奖评选", District, Brand, Honour, Shijian, "青市监", Any),
        new("针纺自主品牌培育奖励", District, Brand, Grant, Shijian, "青市监", [Segment.Garment, Segment.Sales]),
        new("驰名商标与地理标志商标奖励", City, Brand, Grant, Shiwei, "洪府办", Any),
        new("江西名牌产品认定", Province, Brand, Honour, ShengGongxin, "赣工信", Any, AboveSize: true),
        new("“青山湖针纺”区域品牌推广补助", District, Brand, Grant, Shangwu, "青商务", [Segment.Garment, Segment.Sales]),
        new("服装创意设计大赛获奖奖励", District, CreativeDesign, Grant, Gongxin, "青工信", [Segment.Garment]),
        new("省级工业设计中心认定", Province, CreativeDesign, Honour, ShengGongxin, "赣工信", Any),
        new("原创服装设计版权登记补助", District, CreativeDesign, Grant, Keji, "青科", [Segment.Garment], Sizes: [SizeClass.Small, SizeClass.Micro]),
        new("研发设计费用加计扣除", National, CreativeDesign, TaxRelief, Guojia, "税总", Any, Free: true),
        new("针纺企业直播电商销售奖励", District, MarketingInnovation, Grant, Shangwu, "青商务", [Segment.Sales]),
        new("跨境电商出口业务奖励", City, MarketingInnovation, Grant, Shiwei, "洪府办", [Segment.Sales, Segment.Garment]),
        new("文化旅游消费节参展补贴", District, MarketingInnovation, Grant, Shangwu, "青商务", [Segment.Garment, Segment.Sales]),
        new("线上线下融合营销项目贴息", District, MarketingInnovation, InterestSubsidy, Shangwu, "青商务", [Segment.Sales]),
        new("境外展会参展费用补助", Province, Cooperation, Grant, ShengShangwu, "赣商务", Any),
        new("出口信用保险保费补贴", City, Cooperation, InterestSubsidy, Shiwei, "洪府办", [Segment.Garment, Segment.Sales, Segment.Transport]),
        new("出口退税即报即退", National, Cooperation, TaxRelief, Guojia, "税总", Any, Free: true),
        new("对外合作交流项目奖补", District, Cooperation, Grant, Shangwu, "青商务", Any),
        new("针纺行业协会规范化建设奖励", District, Associations, Grant, Gongxin, "青工信", [Segment.Support]),
        new("行业协会承接公共服务项目补助", District, Associations, Other, Gongxin, "青工信", [Segment.Support]),
        new("产业链党建共建活动经费支持", District, Associations, Other, Gongxin, "青工信", Any),
        new("高层次科技创新人才“双百计划”资助", City, ScaleUp, TalentAward, Shiwei, "洪府办", Any),
        new("“人才10条”引进人才安家补助", City, ScaleUp, TalentAward, Shiwei, "洪府办", Any),
        new("针纺企业技能人才岗位补贴", District, ScaleUp, TalentAward, Renshe, "青人社", [Segment.Garment, Segment.Dyeing], Free: true),
        new("青年人才生活补贴", District, ScaleUp, TalentAward, Renshe, "青人社", Any, Free: true),
        new("人才租购房补贴", District, ScaleUp, TalentAward, Renshe, "青人社", Any),
        new("企业实训基地建设补助", District, ScaleUp, TalentAward, Renshe, "青人社", [Segment.Garment, Segment.SmartManufacturing]),
        new("小规模纳税人增值税减免", National, ScaleUp, TaxRelief, Guojia, "税总", Any, Free: true, Sizes: [SizeClass.Small, SizeClass.Micro]),
        new("小型微利企业所得税优惠", National, ScaleUp, TaxRelief, Guojia, "税总", Any, Free: true, Sizes: [SizeClass.Small, SizeClass.Micro]),
        new("失业保险稳岗返还", Province, ScaleUp, Other, Renshe, "青人社", Any, Free: true),
        new("中小企业流动资金贷款贴息", City, ScaleUp, InterestSubsidy, Shiwei, "洪府办", Any, Sizes: [SizeClass.Medium, SizeClass.Small, SizeClass.Micro]),
        new("针纺企业新建厂房用地保障", District, ScaleUp, Other, Gongxin, "青工信", Any, AboveSize: true),
        new("运输企业新能源货车购置补贴", City, SmartGreen, Grant, ShiGongxin, "洪工信", [Segment.Transport]),
        new("高新技术企业认定奖励", District, ScaleUp, Grant, Keji, "青科", [Segment.SmartManufacturing, Segment.Dyeing, Segment.Garment]),
        new("专精特新中小企业认定", Province, ScaleUp, Honour, ShengGongxin, "赣工信", Any, Sizes: [SizeClass.Medium, SizeClass.Small]),
    ];
}
