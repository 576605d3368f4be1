using Bogus;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.Core.Enterprises;
using Portal.Core.Identity;
using Portal.Core.Modules;
using Portal.Core.Security;

namespace Portal.Core.DemoData;

/// <summary>
/// The chain's enterprises (two leading ones per segment) in the district's towns, and the demo accounts.
/// Deterministic: a fixed Bogus seed and a fixed clock origin, so every new database looks the same.
/// </summary>
internal sealed class CoreDemoSeeder(CoreDbContext db, UserManager<PortalUser> users, TimeProvider time) : IDemoDataSeeder
{
    public const int Seed = 20260101;
    public const int MemberEnterprisesPerSegment = 9;

    private static readonly Dictionary<Segment, string[]> LeadingNames = new()
    {
        [Segment.Dyeing] = ["赣江印染集团有限公司", "洪都色织印染有限公司"],
        [Segment.Garment] = ["红纺服饰股份有限公司", "青湖针织服装有限公司"],
        [Segment.Transport] = ["昌东纺织物流有限公司", "赣中供应链管理有限公司"],
        [Segment.Sales] = ["豫章针纺商贸有限公司", "洪城服装市场经营有限公司"],
        [Segment.SmartManufacturing] = ["赣纺智能装备科技有限公司", "云织数字科技有限公司"],
        [Segment.Support] = ["针纺产业综合服务有限公司", "赣纺检验检测有限公司"],
    };

    private static readonly Dictionary<Segment, string[]> Suffixes = new()
    {
        [Segment.Dyeing] = ["印染有限公司", "染整有限公司", "纺织印花有限公司"],
        [Segment.Garment] = ["服饰有限公司", "针织有限公司", "制衣有限公司", "服装有限公司"],
        [Segment.Transport] = ["物流有限公司", "运输有限公司", "货运代理有限公司"],
        [Segment.Sales] = ["商贸有限公司", "电子商务有限公司", "贸易有限公司"],
        [Segment.SmartManufacturing] = ["智能科技有限公司", "自动化设备有限公司", "数码科技有限公司"],
        [Segment.Support] = ["企业服务有限公司", "人力资源有限公司", "设计咨询有限公司"],
    };

    private static readonly string[] Words =
    [
        "锦绣", "华彩", "恒丰", "宏达", "瑞祥", "金丝", "新纶", "雅韵", "顺通", "鑫源", "博雅", "天衣", "织梦", "彩虹",
        "聚力", "同心", "盛世", "蓝天", "鸿运", "嘉禾", "美琪", "诚信", "卓越", "凯旋", "丰华", "惠民", "晨曦", "飞翔",
        "协力", "永兴", "昌盛", "悦动", "优品", "汇通", "泰和", "安达", "立信", "云帆", "青松", "明珠", "远航", "春晖",
        "润泽", "启明", "华锦", "欣荣", "绿源", "赣韵", "红星", "银河", "海纳", "百川", "睿智", "星辰",
    ];

    public int Order => 0;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Enterprises.AnyAsync(cancellationToken))
        {
            return;
        }

        var created = time.GetUtcNow().UtcDateTime;
        var towns = await DefaultTowns.EnsureAsync(db, cancellationToken);

        var enterprises = BuildEnterprises(towns, created);
        db.Enterprises.AddRange(enterprises);
        await db.SaveChangesAsync(cancellationToken);

        await SeedAccountsAsync(enterprises.First(e => e.Segment == Segment.Garment && e.IsLeading), created);
    }

    internal static List<Enterprise> BuildEnterprises(IReadOnlyList<Town> towns, DateTime created)
    {
        var faker = new Faker("zh_CN") { Random = new Randomizer(Seed) };
        var usedNames = new HashSet<string>();
        var usedCodes = new HashSet<string>();
        var list = new List<Enterprise>();
        foreach (var segment in Segments.All)
        {
            foreach (var name in LeadingNames[segment])
            {
                usedNames.Add(name);
                list.Add(Build(faker, segment, name, leading: true));
            }

            for (var i = 0; i < MemberEnterprisesPerSegment; i++)
            {
                string name;
                do
                {
                    name = "南昌" + faker.PickRandom(Words) + faker.PickRandom(Suffixes[segment]);
                }
                while (!usedNames.Add(name));

                list.Add(Build(faker, segment, name, leading: false));
            }
        }

        return list;

        Enterprise Build(Faker f, Segment segment, string name, bool leading)
        {
            string code;
            do
            {
                code = NewCreditCode(f);
            }
            while (!usedCodes.Add(code));

            var size = leading ? f.PickRandom(SizeClass.Large, SizeClass.Medium) : f.PickRandom(SizeClass.Medium, SizeClass.Small, SizeClass.Small, SizeClass.Micro);
            return new Enterprise
            {
                Name = name,
                CreditCode = code,
                Slug = code.ToLowerInvariant(),
                Segment = segment,
                TownId = f.PickRandom(towns.ToList()).Id,
                Size = size,
                AboveDesignatedSize = leading || (size == SizeClass.Medium && f.Random.Bool(0.7f)) || (size == SizeClass.Small && f.Random.Bool(0.2f)),
                IsLeading = leading,
                FoundedYear = leading ? f.Random.Int(1995, 2012) : f.Random.Int(2003, 2024),
                ContactName = f.Name.LastName() + f.Name.FirstName(),
                ContactPhone = "1" + f.Random.ArrayElement(["35", "37", "38", "39", "58", "87"]) + f.Random.ReplaceNumbers("########"),
                ContactEmail = $"contact{usedCodes.Count}@example.cn",
                Verification = f.Random.Bool(0.9f) || leading ? VerificationState.Verified : VerificationState.Unverified,
                VerifiedAt = created,
                CreatedAt = created,
            };
        }
    }

    /// <summary>91 (enterprise, company) + 3601 11 (Nanchang Qingshanhu) + a random 9-character organisation code + the check character.</summary>
    internal static string NewCreditCode(Faker faker)
    {
        var body = "91360111" + new string(Enumerable.Range(0, 9).Select(_ => faker.PickRandom(CreditCode.Alphabet.ToCharArray())).ToArray());
        return body + CreditCode.CheckCharacter(body);
    }

    private async Task SeedAccountsAsync(Enterprise enterpriseOfDemoUser, DateTime created)
    {
        foreach (var (email, role, name) in DemoAccounts.All)
        {
            var user = new PortalUser
            {
                UserName = email,
                Email = email,
                EmailConfirmed = true,
                DisplayName = name,
                CreatedAt = created,
            };
            var result = await users.CreateAsync(user, DemoAccounts.Password);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
            }

            await users.AddToRoleAsync(user, role);
            if (role == PortalRoles.Enterprise)
            {
                enterpriseOfDemoUser.OwnerUserId = user.Id;
                enterpriseOfDemoUser.Verification = VerificationState.Verified;
                enterpriseOfDemoUser.ContactEmail = email;
                await db.SaveChangesAsync();
            }
        }
    }
}
