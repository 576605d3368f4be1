using Portal.Core.Enterprises;

namespace Portal.Modules.ServiceCenter.DemoData;

/// <summary>Words for demo showcases, per segment of the chain. Written for the demo; facts after the chain's reports.</summary>
internal static class ShowcaseDemoContent
{
    public static readonly IReadOnlyDictionary<Segment, (string Name, string Description)[]> Products = new Dictionary<Segment, (string, string)[]>
    {
        [Segment.Dyeing] =
        [
            ("活性印花纯棉布", "采用低浴比活性染料印花工艺，色牢度达到 4 级以上，适用于衬衫、家居服。"),
            ("数码直喷印花面料", "小批量快速打样，七天交付，图案由设计团队按客户需求定制。"),
            ("环保染色针织坯布", "中水回用率超过六成，通过生态纺织品检测，可追溯每一批次的染化料。"),
            ("色织格子衬衫面料", "纱线先染后织，格型稳定不走样，常年备有四十余个经典花型。"),
        ],
        [Segment.Garment] =
        [
            ("轻薄保暖羽绒服", "九〇白鸭绒填充，充绒量按尺码分级，面料防钻绒处理。"),
            ("纯棉针织 T 恤", "精梳棉双纱，领口加固不变形，支持团体订制印字。"),
            ("职业套装", "为企事业单位提供量体定制，三十天内完成交付。"),
            ("儿童卫衣", "A 类婴幼儿安全标准，无荧光剂，按年龄段设计版型。"),
        ],
        [Segment.Transport] =
        [
            ("纺织品干线运输", "南昌至长三角、珠三角每日定班发车，整车与零担均可。"),
            ("面辅料仓储配送", "园区内恒温仓库，按订单拣货，当日下单次日送达车间。"),
            ("跨境电商物流专线", "服装出口小包清关与海外仓一站式服务。"),
        ],
        [Segment.Sales] =
        [
            ("针纺品批发", "汇集区内数百家企业的成衣与面料，支持看样下单。"),
            ("直播电商代运营", "自建直播间与主播团队，帮助制衣企业开拓线上渠道。"),
            ("品牌联合展销", "组织企业参加展销会，统一布展、统一宣传。"),
        ],
        [Segment.SmartManufacturing] =
        [
            ("智能自动裁床", "视觉识别排料，面料利用率提高约百分之五。"),
            ("服装吊挂生产系统", "工序自动流转，车间在制品减少，产量实时可见。"),
            ("数字化排产软件", "订单、物料、产能一屏统筹，交期预测准确到天。"),
            ("智能验布机", "高清相机识别疵点，自动生成验布报告。"),
        ],
        [Segment.Support] =
        [
            ("面料理化检测", "色牢度、成分、甲醛等常规项目三个工作日出具报告。"),
            ("服装设计与打版", "设计师驻厂服务，提供从流行趋势到样衣的全流程支持。"),
            ("技能人才培训", "与服装院校合作的实训基地，开展缝制、打版等岗位培训。"),
        ],
    };

    public static readonly string[] Honours =
        ["党员示范岗", "工人先锋号", "青年文明号", "巾帼文明岗", "党员先锋岗", "党员创新工作室", "市级专精特新中小企业", "产业链实训基地"];

    public static readonly string[] BrandWords = ["赣锦", "红纺", "青湖", "洪都", "豫章", "滕王", "梅岭", "瑶湖", "艾溪", "象湖", "绳金", "八一"];

    public static readonly string[] BrandSuffixes = ["", "·织造", "衣坊", "印象", "优品"];

    /// <summary>Colours for pictures: the brand red, indigo dye, jade, ochre, slate, plum, teal, sand.</summary>
    public static readonly (byte R, byte G, byte B)[] Colours =
    [
        (140, 28, 31), (40, 62, 120), (46, 120, 92), (180, 120, 30), (70, 80, 95), (120, 50, 100), (30, 110, 120), (190, 160, 110),
    ];

    public static string Culture(EnterpriseProfile e, bool complete)
    {
        var role = e.IsLeading ? "产业链" + e.Segment.ChineseName() + "行业的领航企业" : "产业链" + e.Segment.ChineseName() + "行业的成员企业";
        var intro = $"### 企业简介\n\n{e.Name}成立于 {e.FoundedYear} 年，位于{e.TownName}，是{role}。";
        if (!complete)
        {
            return intro + "我们专注主业，诚信经营，欢迎上下游企业洽谈合作。\n";
        }

        return intro + "公司坚持“围绕产业抓党建、抓好党建兴产业”，把党组织建在生产一线。\n\n"
            + "### 党建引领\n\n"
            + "- 在车间设立**党员示范岗**，党员带头攻关工艺难题；\n"
            + "- 同步成立工会、共青团组织，开展岗位练兵和技能竞赛；\n"
            + "- 与链上企业结对，共享订单、设备与人才信息。\n\n"
            + "### 发展理念\n\n"
            + "以品质立身，以创新求变。公司积极参加服务中心组织的展销会和巡回服务，"
            + "与院校共建实训基地，推动生产线向智能化、绿色化升级。\n";
    }
}
