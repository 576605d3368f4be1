using System.Text;
using Bogus;
using Portal.Modules.ServiceCenter.Domain;

namespace Portal.Modules.ServiceCenter.DemoData;

/// <summary>The demo news: facts and figures from the source reports, told in the portal's own words.</summary>
internal static class NewsDemoStories
{
    internal sealed record Story(string Slug, NewsCategory Category, string Title, string Summary, string[] Points);

    public static readonly IReadOnlyList<Story> All =
    [
        // The first two are scheduled, the next three drafts, the rest published (newest first).
        new("expo-winter-knitwear", NewsCategory.Expo, "冬季针织服装展销会下周开幕",
            "六大行业近百家企业报名参展，设童装、羽绒、外贸针织三个专区。",
            ["展销会设童装、羽绒服、外贸针织三个专区", "参展企业可在“展销会”栏目在线申请展位", "现场设直播电商选品区"]),
        new("policy-quality-award-2026", NewsCategory.PolicyReading, "区长质量奖申报要点一图读懂",
            "质量奖申报条件、评审流程和材料清单，一次说清。",
            ["申报对象为辖区内注册、经营满三年的企业", "评审分材料审查、现场评审、综合评定三个阶段", "获奖企业可享受相应资金奖励"]),
        new("training-base-visit-draft", NewsCategory.Service, "实训基地开放日活动安排（草稿）",
            "组织职业院校学生走进链上重点企业实训基地。",
            ["15 个实训基地分批开放", "每场限 40 人"]),
        new("party-day-fabric-hall-draft", NewsCategory.PartyBuilding, "主题党日走进国家纺织面料馆（草稿）",
            "党员在面料馆学习新材料、新工艺。",
            ["参观面料馆常设展区", "听取面料趋势讲解"]),
        new("policy-talent-draft", NewsCategory.PolicyReading, "人才引进奖励政策问答（草稿）",
            "针纺企业引进人才可申请的奖励和补贴。",
            ["高层次人才认定条件", "申报时间与受理窗口"]),

        new("joint-meeting-q4", NewsCategory.PartyBuilding, "产业链综合党委召开联席会议 部署年度重难点项目",
            "成员单位围绕融资、用工、品牌三件事现场认领任务。",
            ["会议采用“派单+领办”方式分解年度重难点项目", "印染、制衣、运输、销售、智造、保障六大行业党组织书记逐一发言", "确定下季度三项共性任务和各行业个性任务清单"]),
        new("expo-autumn-kids", NewsCategory.Expo, "秋季童装专场展销会圆满落幕",
            "三天吸引采购商和市民逾万人次，现场意向订单创新高。",
            ["展销会汇集制衣、销售两大行业的链上企业", "设立品牌展区和直播区", "中心累计举办产品展销会已超过 100 场"]),
        new("testing-lab-open-day", NewsCategory.Service, "检验检测实验室开放日：带企业看懂检测报告",
            "合作检测机构工程师现场讲解色牢度、纤维成分等常见检测项目。",
            ["检测机构入驻服务中心，企业就近送样", "讲解色牢度、pH 值、纤维成分等项目", "企业可在“服务预约”在线预约检测"]),
        new("red-help-visits-autumn", NewsCategory.PartyBuilding, "红色帮办团秋季走访：问需问难到车间",
            "33 名帮办员分组走访针纺企业，现场收集问题并建立台账。",
            ["帮办员来自 3 家区级职能部门和 9 个镇街园区", "走访中收集的问题录入需求信息库", "能当场解答的当场解答，其余按“企业点单、党委派单、部门接单”办理"]),
        new("policy-implementation-plan", NewsCategory.PolicyReading, "针纺产业高质量发展实施方案（2022—2025）要点解读",
            "方案明确了目标、重点任务和七个方面的支持措施。",
            ["支持方向包括做大做强、智能化改造和绿色发展、品牌建设、创意设计", "还包括营销模式创新、对外合作交流、行业协会建设", "支持方式以资金奖励、贴息补贴为主"]),
        new("fashion-week-launch", NewsCategory.Service, "时尚发布服务助力本土品牌走上 T 台",
            "中心为链上企业提供发布会策划、模特走秀和媒体对接。",
            ["发布会在中心多功能秀场举办", "本季共有 6 个本土品牌参加发布", "设计、展示、检测等服务累计已超过 380 次"]),
        new("group-organisations", NewsCategory.PartyBuilding, "党群同步：链上企业群团组织达到 117 个",
            "建党组织的同时建群团组织，职工参与面持续扩大。",
            ["按照“三同步”原则推进群团组织建设", "企业设立党员示范岗", "开展工人先锋号、青年文明号、巾帼文明岗评比"]),
        new("expo-culture-festival", NewsCategory.Expo, "针纺文化旅游消费节开幕 “家门口”逛品牌",
            "消费节把工厂店、品牌展和非遗体验串成一条线。",
            ["设立品牌特卖、非遗体验、设计师市集三个板块", "链上企业推出工厂直供商品", "地域消费品牌的知名度进一步提升"]),
        new("live-commerce-training", NewsCategory.Service, "直播电商训练营第三期结业",
            "来自销售、制衣行业的学员完成选品、脚本、场控全流程实训。",
            ["训练营为期两周", "学员在中心直播间完成实战直播", "结业学员可预约直播间继续使用"]),
        new("policy-smart-upgrade", NewsCategory.PolicyReading, "智能化改造和绿色发展奖补怎么申请",
            "购置智能设备、实施节能改造的企业可申请奖补。",
            ["奖补对象为完成智能化改造或绿色化改造的规上企业", "按设备投资额的一定比例给予奖励", "申报材料包括项目备案、设备发票、验收报告"]),
        new("segment-leaders", NewsCategory.PartyBuilding, "“链长制”落到行业：每个行业抓好两家领航企业",
            "六大行业各确定两家领航企业和一个重点项目，以大带小。",
            ["鼓励链主企业发展供应链金融", "以链内低成本融资带动中小企业", "推动链内企业协作、减少内耗"]),
        new("fabric-hall-new-season", NewsCategory.Service, "国家纺织面料馆上新：春夏面料趋势展开放",
            "面料馆新增功能性面料和再生纤维面料展区，企业可预约选样。",
            ["面料馆是全省首个国家纺织面料馆", "新增功能性面料和再生纤维面料", "企业可预约面料展示与选样服务"]),
        new("expo-spring-trade", NewsCategory.Expo, "春季外贸针织产品对接会举行",
            "外贸企业与采购商面对面，现场达成多项合作意向。",
            ["对接会聚焦外贸针织产品", "出口与内销相结合、国内国际双循环", "针纺产业出口创汇规模持续扩大"]),
        new("skills-competition", NewsCategory.PartyBuilding, "岗位练兵：针纺企业职工技能竞赛决赛举行",
            "缝制、裁剪、质检三个项目同台比拼，党员职工冲在前面。",
            ["竞赛设缝制、裁剪、质检三个项目", "获奖职工授予技术能手称号", "以赛促学、比学赶超"]),
        new("policy-brand-building", NewsCategory.PolicyReading, "品牌建设奖励政策解读：哪些品牌可以申请",
            "获得知名品牌、地理标志等认定的企业可申请品牌建设奖励。",
            ["奖励对象包括新获得知名品牌认定的企业", "地域消费品牌建设纳入支持范围", "申请时间与受理地点见政策清单"]),
        new("training-63-sessions", NewsCategory.Service, "全年岗位培训 63 场 覆盖研发设计和品牌运营",
            "行业专家走进企业，围绕研发设计、生产技术、品牌运营开展培训。",
            ["依托纺织服装院校资源开展培训", "在重点企业建立 15 个实训基地", "建立专家和人才库，保障数字化转型人才供应"]),
        new("expo-100th", NewsCategory.Expo, "第 100 场产品展销会在服务中心举行",
            "从首场展销会到第 100 场，中心为企业搭起了稳定的展示平台。",
            ["展示空间灵活、开放、可多组合使用", "六大行业企业轮流参展", "企业和园区的影响力持续提升"]),
        new("new-party-organisations", NewsCategory.PartyBuilding, "应建尽建：一批针纺企业新成立党组织",
            "选派党建工作指导员，指导新成立的党组织规范开展活动。",
            ["摸清辖区针纺企业底数", "符合条件的企业成立党组织", "选派党建工作指导员跟踪指导"]),
        new("creative-design-service", NewsCategory.Service, "创意设计服务：设计团队驻场帮企业改款",
            "中心设计团队为中小企业提供款式设计、图案设计和陈列设计。",
            ["服务对象以中小针纺企业为主", "企业在线预约，设计师上门或到中心对接", "已为多家企业完成新品开发"]),
        new("policy-export-support", NewsCategory.PolicyReading, "外贸企业参展补贴政策解读",
            "参加境外展会的企业可申请展位费补贴。",
            ["补贴对象为参加境外专业展会的企业", "按展位费的一定比例补贴", "申报需提供参展合同和付款凭证"]),
        new("roving-service-march", NewsCategory.Service, "针纺企业巡回服务走进产业园",
            "相关部门、行业协会、专业服务机构联合坐诊，现场解决融资、用工问题。",
            ["每月组织一次巡回服务", "服务内容涵盖融资、土地、技术、招商", "现场无法解决的问题转入需求信息库跟踪办理"]),
        new("expo-new-year-goods", NewsCategory.Expo, "年货节针纺专场：工厂直供进社区",
            "链上企业把秋冬服装、家纺产品直接送到社区。",
            ["设立社区流动展销点", "商品由工厂直供", "同步开展线上直播销售"]),
        new("pioneer-posts", NewsCategory.PartyBuilding, "党员示范岗挂牌：让党员身份在岗位上亮出来",
            "一批生产一线的党员示范岗挂牌，带动职工比学赶超。",
            ["示范岗覆盖印染、制衣、智造等行业", "党员带头开展技术攻关", "形成建功立业的浓厚氛围"]),
        new("policy-financing", NewsCategory.PolicyReading, "贷款贴息政策解读：链上中小企业融资更便宜",
            "符合条件的中小针纺企业可申请贷款贴息。",
            ["贴息对象为链上中小企业", "鼓励链主企业发展供应链融资", "申请材料包括贷款合同和付息凭证"]),
        new("annual-figures", NewsCategory.Service, "年度回顾：数字里的针纺产业链",
            "2000 余家企业、239 家规上企业，产业链发展稳中有进。",
            ["全区针纺企业 2000 余家，其中规上工业企业 239 家", "年产各类针织服装超过 10 亿件，从业人员超 8 万人", "产业产值规模突破 500 亿元"]),
        new("expo-brand-week", NewsCategory.Expo, "本土服装品牌周：知名品牌集中亮相",
            "一批国内外知名的本土服装品牌集中展示新品。",
            ["品牌周设新品发布和消费体验两个板块", "推动从代加工向品牌打造转型", "设计、检测等配套服务同步开放预约"]),
        new("helpers-training", NewsCategory.PartyBuilding, "帮办员集中培训：把政策学透、把问题办好",
            "红色帮办团成员集中学习惠企政策和需求办理流程。",
            ["培训内容包括惠企政策清单和资源清单", "讲解需求办理的时限和流程", "交流走访中的经验和做法"]),
        new("policy-list-update", NewsCategory.PolicyReading, "惠企政策清单更新：新增多条支持措施",
            "清单按支持领域和支持方式分类，企业可按行业、规模筛选。",
            ["清单覆盖七大支持领域", "支持方式包括资金奖励、贴息补贴、税收减免等", "认证企业可订阅政策更新提醒"]),
        new("center-opening", NewsCategory.Service, "纺织服装综合服务中心全面开放",
            "展示、设计、检测、培训、直播等服务集中在一个中心。",
            ["中心投资近 1.2 亿元建设", "引进国家纺织面料馆和专业检测机构", "为链上企业提供展示空间和一站式服务"]),
    ];

    /// <summary>A Markdown body: the story's points as a list under a heading, and a closing note (the summary is shown above it).</summary>
    public static string Body(Story story, Faker faker)
    {
        var text = new StringBuilder();
        text.AppendLine("## " + faker.PickRandom("主要内容", "活动亮点", "要点一览")).AppendLine();
        foreach (var point in story.Points)
        {
            text.AppendLine("- " + point);
        }

        text.AppendLine();
        text.AppendLine(story.Category switch
        {
            NewsCategory.PartyBuilding => "产业链综合党委将继续把党建工作与产业发展同谋划、同推进，让组织优势转化为发展优势。",
            NewsCategory.Expo => "下一场展销会的时间和展位安排将在“展销会”栏目公布，欢迎链上企业报名。",
            NewsCategory.Service => "有需要的企业可登录后在“服务预约”栏目在线预约，工作人员会尽快安排。",
            _ => "政策原文、申报条件和咨询电话见“惠企政策”栏目，认证企业可查看与本企业匹配的政策。",
        });
        text.AppendLine();
        text.AppendLine($"**联系人**：服务中心 {faker.Name.LastName()}老师，电话 0791-8{faker.Random.ReplaceNumbers("#######")}");
        return text.ToString();
    }
}
