using Bogus;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Portal.Core.DemoData;
using Portal.Core.Enterprises;
using Portal.Core.Identity;
using Portal.Core.Modules;
using Portal.Modules.ServiceCenter.Data;
using Portal.Modules.ServiceCenter.Domain;

namespace Portal.Modules.ServiceCenter.DemoData;

/// <summary>
/// The service catalogue (ten entries, one retired) and appointments: every state for the demo
/// enterprise and a few others, plus the delivered history across verified enterprises over the past
/// three years (the source reports 380+ services delivered). Deterministic; skipped when services exist.
/// </summary>
internal sealed class ServiceDemoSeeder(
    ServiceCenterDbContext db, IEnterpriseDirectory enterprises, UserManager<PortalUser> users, TimeProvider time) : IDemoDataSeeder
{
    public const int Seed = 20260120;

    /// <summary>Done appointments in the demo history (plus the demo enterprise's own).</summary>
    public const int HistoricalDone = 384;

    private static readonly (string Name, string Slug, ServiceCategory Category, string Provider, string Summary, string Description)[] Catalogue =
    [
        ("创意设计服务", "creative-design", ServiceCategory.CreativeDesign, "服务中心设计团队",
            "款式、图案、陈列设计，设计师驻场对接中小针纺企业。",
            "## 服务内容\n\n- 新款式设计与改款\n- 印花图案与面料配色\n- 门店与展会陈列设计\n\n## 服务方式\n\n企业在线预约后，设计师到企业或在中心设计工作室对接，一般 5 个工作日内给出初稿。"),
        ("品牌与包装设计", "brand-design", ServiceCategory.CreativeDesign, "合作设计机构",
            "品牌标识、吊牌、包装的整体设计，帮助代加工企业打造自有品牌。",
            "## 适合谁\n\n从代加工转向自有品牌的企业。\n\n## 交付\n\n- 品牌标识与标准色\n- 吊牌、包装袋、礼盒\n- 品牌手册"),
        ("时尚发布会", "fashion-show", ServiceCategory.FashionShow, "服务中心",
            "在中心秀场举办新品发布会，含策划、模特走秀和媒体对接。",
            "## 场地\n\n中心多功能秀场，可容纳约 200 位观众。\n\n## 服务包括\n\n1. 发布会策划与流程\n2. 模特与化妆\n3. 摄影摄像与媒体邀请"),
        ("企业产品展示", "product-display", ServiceCategory.Exhibition, "服务中心",
            "在中心展示厅展示企业文化和产品，灵活、开放、可多组合。",
            "展示周期一般为一个月，可与展销会、发布会组合使用。展位和展示空间的预订请见“展销会”栏目。"),
        ("纺织品检验检测", "textile-testing", ServiceCategory.Testing, "赣纺检验检测有限公司（合作检测机构）",
            "色牢度、纤维成分、pH 值、甲醛等常规检测，企业在中心就近送样。",
            "## 常用项目\n\n| 项目 | 周期 |\n|---|---|\n| 纤维成分 | 3 个工作日 |\n| 色牢度 | 5 个工作日 |\n| 甲醛、pH 值 | 3 个工作日 |\n\n检测报告由合作检测机构出具。"),
        ("面料展示与选样", "fabric-library", ServiceCategory.Exhibition, "国家纺织面料馆",
            "在国家纺织面料馆查看当季面料趋势，预约选样和面料对接。",
            "面料馆陈列功能性面料、再生纤维面料等上千种样品。预约后由讲解员陪同选样，并可对接面料供应商。"),
        ("人才培训", "skills-training", ServiceCategory.Training, "服务中心 · 实训基地",
            "研发设计、生产技术、品牌运营等岗位培训，依托实训基地开展。",
            "## 培训方向\n\n- 研发设计\n- 生产技术与质量管理\n- 品牌运营与电商\n\n培训可到企业开展，也可在实训基地集中开展。"),
        ("外贸人才对接", "trade-talent", ServiceCategory.Training, "服务中心",
            "外贸业务、跨境电商人才的产教融合对接。",
            "与纺织服装院校合作，按企业需求推荐外贸、跨境电商方向的毕业生和实习生。"),
        ("直播电商服务", "live-commerce", ServiceCategory.Other, "服务中心直播基地",
            "直播间、主播培训和选品指导，帮助企业开拓线上销售。",
            "中心直播基地有 6 个直播间，设备齐全。企业可预约直播间，也可报名直播电商训练营。"),
        ("样衣制作", "sample-making", ServiceCategory.CreativeDesign, "合作打样工作室",
            "小批量样衣打样（暂停接单）。",
            "打样工作室搬迁中，暂停接单。"),
    ];

    /// <summary>What enterprises ask for, by service slug.</summary>
    private static readonly Dictionary<string, string[]> Needs = new()
    {
        ["creative-design"] = ["新一季童装需要 10 个款式的改款设计，希望保留现有版型。", "门店陈列需要重新设计，配合秋冬新品上市。"],
        ["brand-design"] = ["想给自有品牌做吊牌和包装的整体设计。", "准备从代加工转做自有品牌，需要品牌标识和标准色。"],
        ["fashion-show"] = ["计划下月发布秋冬新品，希望在中心秀场办一场小型发布会。", "新品牌首发，需要模特走秀和媒体邀请。"],
        ["product-display"] = ["企业开放日想借用展示厅展示产品一个月。", "希望在展示厅布置企业文化和主打产品展区。"],
        ["textile-testing"] = ["出口订单需要纤维成分和色牢度检测报告，共 5 个样品。", "新面料需要甲醛和 pH 值检测，共 3 个样品。"],
        ["fabric-library"] = ["希望到面料馆挑选功能性面料，用于运动系列。", "想看再生纤维面料，并对接两家供应商。"],
        ["skills-training"] = ["需要为 20 名新员工安排缝制和质检岗位培训。", "希望请专家到企业讲一次品牌运营和电商课程。"],
        ["trade-talent"] = ["招聘 3 名外贸业务员，希望对接院校推荐。", "需要 2 名跨境电商方向的实习生。"],
        ["live-commerce"] = ["想预约直播间做新品直播，并请老师指导脚本。", "报名直播电商训练营，派 2 名员工参加。"],
    };

    /// <summary>The retired entry: staff see it, the public does not.</summary>
    public const string RetiredSlug = "sample-making";

    public int Order => 110;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Services.AnyAsync(cancellationToken))
        {
            return;
        }

        var services = Catalogue.Select((s, i) => new CenterService
        {
            Name = s.Name, Slug = s.Slug, Category = s.Category, Provider = s.Provider, Summary = s.Summary,
            Description = s.Description, IsActive = s.Slug != RetiredSlug, SortOrder = (i + 1) * 10,
        }).ToList();
        db.Services.AddRange(services);
        await db.SaveChangesAsync(cancellationToken);

        var verified = (await enterprises.SearchAsync(new EnterpriseSearch(VerifiedOnly: true, PageSize: 100), cancellationToken)).Items;
        if (verified.Count == 0)
        {
            return;
        }

        var faker = new Faker("zh_CN") { Random = new Randomizer(Seed) };
        var now = time.GetUtcNow().UtcDateTime;
        var active = services.Where(s => s.IsActive).ToList();
        var demoUser = await users.FindByEmailAsync(DemoAccounts.All.Single(a => a.Role == Core.Security.PortalRoles.Enterprise).Email);
        var demo = demoUser is null ? null : verified.FirstOrDefault(e => e.OwnerUserId == demoUser.Id);
        var others = verified.Where(e => e != demo).ToList();

        if (demo is not null)
        {
            db.Appointments.AddRange(
                Build(faker, active, demo, demoUser!.Id, AppointmentState.Requested, now.AddDays(-2), now),
                Build(faker, active, demo, demoUser.Id, AppointmentState.Scheduled, now.AddDays(-6), now),
                Build(faker, active, demo, demoUser.Id, AppointmentState.Done, now.AddDays(-70), now),
                Build(faker, active, demo, demoUser.Id, AppointmentState.Done, now.AddDays(-200), now),
                Build(faker, active, demo, demoUser.Id, AppointmentState.Cancelled, now.AddDays(-40), now));
        }

        foreach (var (state, count) in new[] { (AppointmentState.Requested, 6), (AppointmentState.Scheduled, 4), (AppointmentState.Cancelled, 5) })
        {
            for (var i = 0; i < count; i++)
            {
                var days = state == AppointmentState.Cancelled ? faker.Random.Int(10, 300) : faker.Random.Int(1, 12);
                db.Appointments.Add(Build(faker, active, others[faker.Random.Int(0, others.Count - 1)], "", state, now.AddDays(-days), now));
            }
        }

        for (var i = 0; i < HistoricalDone; i++)
        {
            var created = now.AddDays(-faker.Random.Int(20, 3 * 365)).AddMinutes(-faker.Random.Int(0, 600));
            db.Appointments.Add(Build(faker, active, others[faker.Random.Int(0, others.Count - 1)], "", AppointmentState.Done, created, now));
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static Appointment Build(
        Faker faker, IReadOnlyList<CenterService> services, EnterpriseProfile enterprise, string userId, AppointmentState state, DateTime created, DateTime now)
    {
        var service = services[faker.Random.Int(0, services.Count - 1)];
        created = created.AddMinutes(-faker.Random.Int(0, 9 * 60));
        var upcoming = now.Date.AddDays(faker.Random.Int(3, 12)).AddHours(faker.PickRandom(1, 2, 6, 7));
        var from = state == AppointmentState.Scheduled
            ? DateOnly.FromDateTime(upcoming).AddDays(-faker.Random.Int(0, 2))
            : DateOnly.FromDateTime(created).AddDays(faker.Random.Int(2, 10));
        var appointment = new Appointment
        {
            ServiceId = service.Id,
            EnterpriseId = enterprise.Id,
            RequestedByUserId = userId,
            PreferredFrom = from,
            PreferredTo = from.AddDays(faker.Random.Int(3, 14)),
            Need = faker.PickRandom(Needs[service.Slug]),
            State = state,
            CreatedAt = created,
            UpdatedAt = created,
        };
        if (state is AppointmentState.Scheduled or AppointmentState.Done)
        {
            // UTC 01:00-07:00 is 09:00-15:00 in Beijing.
            var at = state == AppointmentState.Scheduled
                ? upcoming
                : from.AddDays(faker.Random.Int(0, 3)).ToDateTime(new TimeOnly(faker.PickRandom(1, 2, 6, 7), faker.PickRandom(0, 30)));
            appointment.ScheduledAt = at;
            appointment.Place = faker.PickRandom("服务中心一楼设计工作室", "服务中心二楼秀场", "国家纺织面料馆", "检测实验室送样窗口", "实训基地（企业车间）", "直播基地 3 号直播间");
            appointment.UpdatedAt = state == AppointmentState.Done ? at.AddHours(3) : created.AddDays(1);
            appointment.Version = state == AppointmentState.Done ? 2 : 1;
        }

        if (state == AppointmentState.Cancelled)
        {
            appointment.CancelReason = faker.PickRandom("企业调整了生产计划，暂不需要。", "希望日期内场地已排满，请改约其他日期。", "需求已通过其他渠道解决。");
            appointment.UpdatedAt = created.AddDays(1);
            appointment.Version = 1;
        }

        return appointment;
    }
}
