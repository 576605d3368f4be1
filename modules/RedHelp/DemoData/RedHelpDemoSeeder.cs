using Bogus;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Enterprises;
using Portal.Core.Identity;
using Portal.Core.Modules;
using Portal.Core.Security;
using Portal.Core.Time;
using Portal.Modules.RedHelp.Data;
using Portal.Modules.RedHelp.Domain;

namespace Portal.Modules.RedHelp.DemoData;

/// <summary>
/// The red-help team of the source: 33 helpers from 3 district departments and 9 towns/parks, every
/// verified enterprise assigned, visits, about 150 demands over six months in every state, six past
/// roving sessions and next month's. Deterministic (fixed seed, dates relative to the seeding day).
/// </summary>
internal sealed class RedHelpDemoSeeder(
    RedHelpDbContext db, IEnterpriseDirectory enterprises, IUserDirectory userDirectory, UserManager<PortalUser> users,
    DueDates dueDates, TimeProvider time) : IDemoDataSeeder
{
    private const int Seed = 20260301;
    private const int HelperCount = 33;
    private const int DemandCount = 150;

    private static readonly string[] Departments = ["区工信局", "区商务局", "区人社局"];

    private static readonly Dictionary<DemandCategory, string[]> Titles = new()
    {
        [DemandCategory.Financing] = ["流动资金贷款需求", "设备融资租赁咨询", "供应链金融对接"],
        [DemandCategory.Land] = ["扩建厂房用地需求", "标准厂房租赁"],
        [DemandCategory.Technology] = ["印染废水处理技术", "智能裁剪设备改造", "新面料检测认证"],
        [DemandCategory.Investment] = ["上下游配套企业引进", "合作伙伴对接"],
        [DemandCategory.Labour] = ["缝纫工招聘", "技能培训需求", "外贸人才引进"],
        [DemandCategory.Approvals] = ["环评审批办理", "消防验收咨询"],
        [DemandCategory.Export] = ["出口报关流程咨询", "跨境电商备案"],
        [DemandCategory.Policy] = ["技改补贴申报", "品牌建设奖励政策咨询", "人才奖励政策解读"],
        [DemandCategory.Other] = ["员工子女入学", "厂区周边交通改善"],
    };

    public int Order => 140;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Units.AnyAsync(cancellationToken))
        {
            return;
        }

        var faker = new Faker("zh_CN") { Random = new Randomizer(Seed) };
        var now = time.GetUtcNow().UtcDateTime;
        var towns = await enterprises.TownsAsync(cancellationToken);
        var units = Departments.Select((d, i) => new Unit { Name = d, Kind = UnitKind.DistrictDepartment, SortOrder = i })
            .Concat(towns.Select((t, i) => new Unit { Name = t.Name, Kind = UnitKind.TownOrPark, TownId = t.Id, SortOrder = 10 + i }))
            .ToList();
        db.Units.AddRange(units);
        await db.SaveChangesAsync(cancellationToken);

        var helpers = await HelpersAsync(units, faker, cancellationToken);
        var verified = await AllVerifiedAsync(cancellationToken);
        var assignments = Assign(verified, helpers, units, now);
        AddVisits(assignments, faker);
        AddDemands(verified, assignments, helpers, faker, now);
        AddRovingSessions(faker, now);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<List<HelperProfile>> HelpersAsync(List<Unit> units, Faker faker, CancellationToken cancellationToken)
    {
        var existing = await userDirectory.InRoleAsync(PortalRoles.Helper, cancellationToken);
        var ids = existing.Select(u => (u.Id, u.DisplayName)).ToList();
        for (var n = ids.Count + 1; n <= HelperCount; n++)
        {
            var name = faker.Name.LastName() + faker.Name.FirstName();
            var user = new PortalUser { UserName = $"helper{n:00}@demo.local", Email = $"helper{n:00}@demo.local", EmailConfirmed = true, DisplayName = name };
            if ((await users.CreateAsync(user)).Succeeded && (await users.AddToRoleAsync(user, PortalRoles.Helper)).Succeeded)
            {
                ids.Add((user.Id, name));
            }
        }

        var profiles = ids.Select((h, i) => new HelperProfile
        {
            UserId = h.Id,
            DisplayName = h.DisplayName,
            UnitId = units[i % units.Count].Id,
            Title = i < Departments.Length ? "党建工作指导员" : faker.PickRandom("帮办专员", "党建工作指导员", "驻企服务专员"),
            OfficePhone = "0791-8" + faker.Random.ReplaceNumbers("#######"),
        }).ToList();
        db.Helpers.AddRange(profiles);
        return profiles;
    }

    private async Task<List<EnterpriseProfile>> AllVerifiedAsync(CancellationToken cancellationToken)
    {
        var all = new List<EnterpriseProfile>();
        for (var page = 1; ; page++)
        {
            var result = await enterprises.SearchAsync(new EnterpriseSearch(Page: page, PageSize: 100), cancellationToken);
            all.AddRange(result.Items);
            if (page * 100 >= result.Total)
            {
                return all;
            }
        }
    }

    /// <summary>Chain-aware: an enterprise gets a helper from its own town's unit where there is one.</summary>
    private List<Assignment> Assign(List<EnterpriseProfile> verified, List<HelperProfile> helpers, List<Unit> units, DateTime now)
    {
        var list = new List<Assignment>();
        for (var i = 0; i < verified.Count; i++)
        {
            var enterprise = verified[i];
            var unit = units.FirstOrDefault(u => u.TownId == enterprise.TownId);
            var local = helpers.Where(h => unit is not null && h.UnitId == unit.Id).ToList();

            // The demo helper (the first one) looks after the demo enterprise and a few more, so the helper pages have content.
            var helper = enterprise.OwnerUserId is not null || i % 12 == 0 ? helpers[0] : (local.Count > 0 ? local[i % local.Count] : helpers[i % helpers.Count]);
            list.Add(new Assignment { EnterpriseId = enterprise.Id, HelperUserId = helper.UserId, AssignedAt = now.AddDays(-200), AssignedByUserId = "demo" });
        }

        db.Assignments.AddRange(list);
        return list;
    }

    private void AddVisits(List<Assignment> assignments, Faker faker)
    {
        var today = time.ChinaToday();
        foreach (var a in assignments)
        {
            foreach (var _ in Enumerable.Range(0, faker.Random.Int(0, 3)))
            {
                db.Visits.Add(new Visit
                {
                    HelperUserId = a.HelperUserId,
                    EnterpriseId = a.EnterpriseId,
                    VisitedOn = today.AddDays(-faker.Random.Int(3, 90)),
                    Kind = faker.PickRandom<VisitKind>(),
                    Notes = faker.PickRandom("宣讲技改补贴和人才政策，企业计划申报。", "了解用工缺口，登记招聘需求。", "回访融资对接进展，银行已授信。", "了解订单和出口情况，企业反映物流成本上升。"),
                    CreatedAt = time.GetUtcNow().UtcDateTime,
                });
            }
        }
    }

    private void AddDemands(List<EnterpriseProfile> verified, List<Assignment> assignments, List<HelperProfile> helpers, Faker faker, DateTime now)
    {
        var states = new[] { DemandState.Closed, DemandState.Closed, DemandState.Closed, DemandState.Resolved, DemandState.InProgress, DemandState.InProgress, DemandState.Dispatched, DemandState.Submitted, DemandState.Rejected, DemandState.Withdrawn };
        for (var n = 0; n < DemandCount; n++)
        {
            var enterprise = n < 6 ? verified.First(e => e.OwnerUserId is not null) : faker.PickRandom(verified);
            var helper = helpers.First(h => h.UserId == assignments.First(a => a.EnterpriseId == enterprise.Id).HelperUserId);
            var category = faker.PickRandom<DemandCategory>();
            var created = now.AddDays(-faker.Random.Double(1, 180));
            var state = n < 6 ? states[n * 3 % states.Length] : faker.PickRandom(states);
            var demand = new Demand
            {
                EnterpriseId = enterprise.Id,
                SubmittedByUserId = enterprise.OwnerUserId ?? helper.UserId,
                Category = category,
                Title = faker.PickRandom(Titles[category]),
                Description = "企业反映：" + faker.PickRandom(Titles[category]) + "，希望相关部门协调解决。",
                Urgency = faker.Random.Bool(0.15f) ? Urgency.Urgent : Urgency.Normal,
                State = state,
                CreatedAt = created,
            };
            Timeline(demand, helper, faker);
            db.Demands.Add(demand);
        }
    }

    /// <summary>Walks the demand through the workflow up to its state, writing each step of the timeline.</summary>
    private void Timeline(Demand d, HelperProfile helper, Faker faker)
    {
        var at = d.CreatedAt;
        void Step(DemandState? from, DemandState to, string actor, string note, bool isInternal = false)
        {
            d.Timeline.Add(new DemandEvent { At = at, ActorUserId = actor, FromState = from, ToState = to, Note = note, IsInternal = isInternal });
            at = at.AddHours(faker.Random.Double(4, 72));
        }

        Step(null, DemandState.Submitted, d.SubmittedByUserId, "企业点单");
        if (d.State is DemandState.Rejected)
        {
            Step(DemandState.Submitted, DemandState.Rejected, "demo", "不属于服务范围，已告知企业咨询渠道。");
        }
        else if (d.State is not (DemandState.Submitted or DemandState.Withdrawn))
        {
            d.LeadUnitId = helper.UnitId;
            d.HandlerUserId = helper.UserId;
            d.DueOn = dueDates.DueOn(DateOnly.FromDateTime(ChinaTime.ToChina(at)), d.Category);
            Step(DemandState.Submitted, DemandState.Dispatched, "demo", "党委派单，由联系帮办员牵头办理。");
            if (d.State is not DemandState.Dispatched)
            {
                Step(DemandState.Dispatched, DemandState.InProgress, helper.UserId, "部门接单");
                Step(DemandState.InProgress, DemandState.InProgress, helper.UserId, "已与相关部门会商，正在推进。", isInternal: true);
            }

            if (d.State is DemandState.Resolved or DemandState.Closed)
            {
                d.Resolution = "经协调，问题已解决，相关部门已书面答复企业。";
                d.ResolvedAt = at;
                Step(DemandState.InProgress, DemandState.Resolved, helper.UserId, d.Resolution);
            }

            if (d.State is DemandState.Closed)
            {
                d.Rating = faker.Random.WeightedRandom([Satisfaction.VerySatisfied, Satisfaction.Satisfied, Satisfaction.Neutral], [0.6f, 0.3f, 0.1f]);
                d.RatingComment = "办理及时，感谢帮办团。";
                d.ClosedAt = at;
                Step(DemandState.Resolved, DemandState.Closed, d.SubmittedByUserId, $"企业评价：{d.Rating.Value.ChineseName()}");
            }
        }
        else if (d.State is DemandState.Withdrawn)
        {
            Step(DemandState.Submitted, DemandState.Withdrawn, d.SubmittedByUserId, "企业已自行解决，撤回需求。");
        }

        d.UpdatedAt = at;
    }

    private void AddRovingSessions(Faker faker, DateTime now)
    {
        var today = time.ChinaToday();
        for (var back = -6; back <= 1; back++)
        {
            if (back == 0)
            {
                continue;
            }

            var month = new DateTime(today.Year, today.Month, 1).AddMonths(back);
            db.RovingSessions.Add(new RovingSession
            {
                StartsAt = ChinaTime.ToUtc(month.AddDays(14).AddHours(9).AddMinutes(30)),
                Place = faker.PickRandom("产业链党群服务中心二楼会议室", "针纺服装产业园服务中心", "昌东工业园党群服务站"),
                Units = "区工信局\n区商务局\n区人社局\n针纺行业协会\n合作银行",
                Topics = faker.PickRandom("融资\n用工", "土地\n技术", "招商\n出口", "政策\n审批"),
                Capacity = 40,
                CreatedAt = now,
            });
        }
    }
}
