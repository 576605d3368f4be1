using System.Globalization;
using Bogus;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Enterprises;
using Portal.Core.Modules;
using Portal.Core.Time;
using Portal.Modules.Policies.Data;
using Portal.Modules.Policies.Domain;

namespace Portal.Modules.Policies.DemoData;

/// <summary>
/// 44 policies in every state (drafts, scheduled, published — some closing within 30 days, some open-ended —
/// expired and withdrawn; 免申即享 among them), with version history on a few; 20 resources; 10 projects with
/// progress notes. Deterministic: a fixed seed and dates relative to the seeding day.
/// </summary>
internal sealed class PoliciesDemoSeeder(PoliciesDbContext db, IEnterpriseDirectory enterprises, TimeProvider time) : IDemoDataSeeder
{
    private const int Seed = 20260301;
    private const string Editor = "政策清单管理员";

    private static readonly int[] Drafts = [3, 17, 29];
    private static readonly int[] Scheduled = [8, 21];
    private static readonly int[] Withdrawn = [12, 35];
    private static readonly int[] Expired = [5, 19, 26, 33, 40, 43];

    public int Order => 115;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Policies.AnyAsync(cancellationToken))
        {
            return;
        }

        var faker = new Faker("zh_CN") { Random = new Randomizer(Seed) };
        var now = time.GetUtcNow().UtcDateTime;
        var today = time.ChinaToday();
        var towns = await enterprises.TownsAsync(cancellationToken);
        var policies = PolicyCatalogue.All.Select((seed, i) => NewPolicy(seed, i, faker, towns, today, now)).ToList();
        db.Policies.AddRange(policies);
        await db.SaveChangesAsync(cancellationToken);

        foreach (var policy in policies.Where(p => p.Version > 0))
        {
            AddVersions(policy, faker);
        }

        db.Resources.AddRange(ListCatalogue.Resources.Select((r, i) => NewResource(r, i, now)));
        db.Projects.AddRange(ListCatalogue.Projects.Select((p, i) => NewProject(p, i, today, now)));
        db.Audit.Add(new AuditEntry { At = now, UserName = Editor, Action = "import", EntityKind = "policy", Summary = "演示数据：导入政策、资源与项目清单" });
        await db.SaveChangesAsync(cancellationToken);
    }

    private static Policy NewPolicy(PolicySeed seed, int i, Faker faker, IReadOnlyList<TownInfo> towns, DateOnly today, DateTime now)
    {
        var year = today.Year;
        var policy = new Policy
        {
            Slug = $"{year}-{i + 1:000}",
            Title = seed.Title,
            DocumentNumber = $"{seed.Prefix}字〔{year - (i % 3 == 0 ? 1 : 0)}〕{10 + (i * 7 % 90)}号",
            IssuingDepartment = seed.Department,
            Level = seed.Level,
            SupportArea = seed.Area,
            SupportType = seed.Type,
            TargetSegments = [.. seed.Segments],
            TargetSizes = [.. seed.Sizes ?? []],
            RequiresAboveDesignatedSize = seed.AboveSize,
            TownIds = i % 9 == 4 && towns.Count > 2 ? [towns[i % towns.Count].Id, towns[(i + 1) % towns.Count].Id] : [],
            FoundedBeforeYear = i % 10 == 6 ? year - 2 : null,
            FoundedAfterYear = i % 10 == 7 ? year - 8 : null,
            MaxAmountWan = seed.Type is SupportType.Grant or SupportType.InterestSubsidy or SupportType.TalentAward
                ? faker.PickRandom(5m, 10m, 20m, 30m, 50m, 100m, 200m) : null,
            GrantedWithoutApplication = seed.Free,
            Contact = $"{seed.Department} 0791-8{faker.Random.Number(1000000, 9999999).ToString(CultureInfo.InvariantCulture)}",
            AcceptanceAddress = seed.Level == PolicyLevel.District ? "青山湖区政务服务中心二楼综合窗口" : $"{seed.Department}政务服务窗口",
            SourceUrl = $"https://www.example.gov.cn/policies/{year}/{i + 1:000}",
            BodyMarkdown = PolicyBodies.Body(seed, i),
            CreatedAt = now.AddDays(-200 + i),
            UpdatedAt = now.AddDays(-100 + i),
        };
        SetWindowAndState(policy, i, today, now);
        return policy;
    }

    private static void SetWindowAndState(Policy policy, int i, DateOnly today, DateTime now)
    {
        policy.OpensOn = policy.GrantedWithoutApplication ? null : today.AddDays(-60 - i);
        policy.ClosesOn = policy.GrantedWithoutApplication || i % 4 == 1 ? null
            : i % 4 == 0 ? today.AddDays(3 + (i % 26)) : today.AddDays(45 + (i * 5));
        if (Drafts.Contains(i))
        {
            policy.State = PolicyState.Draft;
            return;
        }

        if (Scheduled.Contains(i))
        {
            policy.State = PolicyState.Scheduled;
            policy.PublishAt = ChinaTime.ToUtc(today.AddDays(1 + (i % 3)).ToDateTime(new TimeOnly(9, 0)));
            return;
        }

        policy.State = PolicyState.Published;
        policy.PublishedAt = now.AddDays(-90 + i);
        policy.Version = i % 6 == 2 ? 2 : 1;
        if (Expired.Contains(i))
        {
            policy.OpensOn = today.AddDays(-150 + i);
            policy.ClosesOn = today.AddDays(-5 - i);
            policy.State = PolicyState.Expired;
            policy.ClosedAt = ChinaTime.ToUtc(policy.ClosesOn.Value.AddDays(1).ToDateTime(TimeOnly.MinValue));
        }
        else if (Withdrawn.Contains(i))
        {
            policy.State = PolicyState.Withdrawn;
            policy.WithdrawnReason = "上级政策调整，本政策停止执行，新政策另行发布。";
            policy.ClosedAt = now.AddDays(-10);
        }
    }

    private void AddVersions(Policy policy, Faker faker)
    {
        var current = PolicySnapshot.Of(policy);
        if (policy.Version == 1)
        {
            db.Versions.Add(Version(policy, 1, current, true, "首次发布", policy.PublishedAt!.Value));
            return;
        }

        var first = current with
        {
            BodyMarkdown = current.BodyMarkdown.Replace("一次性", "分两次", StringComparison.Ordinal),
            MaxAmountWan = current.MaxAmountWan is { } max ? max / 2 : null,
        };
        var major = faker.Random.Bool();
        db.Versions.Add(Version(policy, 1, first, true, "首次发布", policy.PublishedAt!.Value));
        db.Versions.Add(Version(policy, 2, current, major, major ? "提高支持标准，改为一次性兑现" : "更正兑现方式的表述", policy.PublishedAt.Value.AddDays(20)));
        if (major)
        {
            policy.MajorChangeAt = policy.PublishedAt.Value.AddDays(20);
        }
    }

    private static PolicyVersion Version(Policy policy, int number, PolicySnapshot snapshot, bool major, string note, DateTime at) => new()
    {
        PolicyId = policy.Id,
        Number = number,
        IsMajor = major,
        ChangeNote = note,
        Title = snapshot.Title,
        BodyMarkdown = snapshot.BodyMarkdown,
        Snapshot = snapshot.ToJson(),
        EditedBy = Editor,
        EditedAt = at,
    };

    private static Resource NewResource(ResourceSeed seed, int i, DateTime now) => new()
    {
        Title = seed.Title,
        Kind = seed.Kind,
        ProvidingUnit = seed.Unit,
        Description = $"{seed.Text}\n\n- 服务对象：区内针纺产业链企业\n- 办理方式：电话预约或到窗口咨询",
        Contact = $"{seed.Unit} 0791-8830{1000 + (i * 37):0000}",
        Segments = [.. seed.Segments],
        Categories = [.. seed.Categories],
        Published = i != 19,
        CreatedAt = now.AddDays(-120 + i),
        UpdatedAt = now.AddDays(-60 + i),
    };

    private static Project NewProject(ProjectSeed seed, int i, DateOnly today, DateTime now)
    {
        var project = new Project
        {
            Title = seed.Title,
            Year = today.Year - (i == 4 || i == 6 ? 1 : 0),
            LeadUnit = seed.LeadUnit,
            ClaimingUnits = [.. seed.Claimers],
            State = seed.State,
            Description = seed.Text,
            CreatedAt = now.AddDays(-150 + i),
            UpdatedAt = now.AddDays(-20 + i),
        };
        var notes = ProjectNotes(seed.State);
        for (var k = 0; k < notes.Length; k++)
        {
            project.Progress.Add(new ProjectProgress
            {
                Date = today.AddDays(-120 + (k * 35) + i),
                Note = notes[k],
                By = seed.LeadUnit,
                CreatedAt = now.AddDays(-120 + (k * 35) + i),
            });
        }

        return project;
    }

    private static string[] ProjectNotes(ProjectState state) => state switch
    {
        ProjectState.Open => [],
        ProjectState.Claimed => ["产业链综合党委派单，牵头单位已领办。"],
        ProjectState.InProgress => ["产业链综合党委派单，牵头单位已领办。", "完成方案论证，进入实施阶段。", "召开推进会，协调解决要素保障问题。"],
        _ => ["产业链综合党委派单，牵头单位已领办。", "项目按计划实施。", "通过验收，项目完成。"],
    };
}
