using System.Security.Cryptography;
using Bogus;
using Microsoft.EntityFrameworkCore;
using Portal.Core.DemoData;
using Portal.Core.Enterprises;
using Portal.Core.Files;
using Portal.Core.Modules;
using Portal.Core.Time;
using Portal.Modules.Expo.Data;
using Portal.Modules.Expo.Domain;

namespace Portal.Modules.Expo.DemoData;

/// <summary>
/// Two halls with about 60 booths laid out on their plans, three exhibition spaces, ten past expos with
/// their exhibitors, three upcoming ones (one open for applications), and applications and bookings in
/// every state. Deterministic: a fixed seed and dates relative to the seeding day.
/// </summary>
internal sealed class ExpoDemoSeeder(ExpoDbContext db, IEnterpriseDirectory enterprises, IFileStore files, TimeProvider time) : IDemoDataSeeder
{
    private const int Seed = 20260201;

    private static readonly string[] PastTitles =
    [
        "春季针织服装展销会", "童装专场展销会", "功能面料对接会", "夏季T恤订货会", "秋冬针织新品发布展销会",
        "跨境电商选品会", "家纺床品展销会", "运动休闲服饰展销会", "冬季羽绒服展销会", "年货节服装展销会",
    ];

    public int Order => 130;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Halls.AnyAsync(cancellationToken))
        {
            return;
        }

        var faker = new Faker("zh_CN") { Random = new Randomizer(Seed) };
        var now = time.GetUtcNow().UtcDateTime;
        var today = time.ChinaToday();
        var halls = new[] { Hall("一号展厅", "hall-1", "1F", 1800, 'A', 'B', 'C'), Hall("二号展厅", "hall-2", "2F", 1500, 'D', 'E', 'F') };
        db.Halls.AddRange(halls);
        db.Spaces.AddRange(
            Space("品牌文化展示间", "brand-room", 30, 60, 1, 30),
            Space("新品发布厅", "launch-hall", 120, 200, 1, 5),
            Space("直播电商间", "live-studio", 10, 40, 1, 14));
        await AddSpacePhotosAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);

        var verified = (await enterprises.SearchAsync(new EnterpriseSearch(PageSize: 100), cancellationToken)).Items;
        var owned = verified.Where(e => e.OwnerUserId is not null).ToList();
        var expos = new List<ProductExpo>();
        for (var i = 0; i < PastTitles.Length; i++)
        {
            var starts = today.AddDays(-30 * (PastTitles.Length - i) - 20);
            expos.Add(NewExpo(PastTitles[i], $"expo-{starts:yyyyMM}-{i + 1}", halls[i % 2], starts, ExpoState.Finished, now));
        }

        var open = NewExpo("2026 冬季针纺产品展销会", "winter-2026", halls[0], today.AddDays(24), ExpoState.Published, now);
        expos.Add(open);
        expos.Add(NewExpo("新春年货服装展销会", "spring-festival-2027", halls[1], today.AddDays(60), ExpoState.Published, now, opensInDays: 20));
        expos.Add(NewExpo("2027 春夏面料流行趋势展", "fabrics-2027", halls[0], today.AddDays(120), ExpoState.Draft, now));
        db.Expos.AddRange(expos);
        await db.SaveChangesAsync(cancellationToken);

        foreach (var past in expos.Where(e => e.State == ExpoState.Finished))
        {
            var booths = past.OfferedBooths.Select(o => o.BoothId).OrderBy(_ => faker.Random.Int()).Take(faker.Random.Int(12, 20)).ToList();
            var exhibitors = verified.OrderBy(_ => faker.Random.Int()).Take(booths.Count).ToList();
            for (var k = 0; k < Math.Min(booths.Count, exhibitors.Count); k++)
            {
                db.Applications.Add(Application(past, exhibitors[k], booths[k], k % 5 == 0 ? ApplicationState.Approved : ApplicationState.CheckedIn, now));
            }
        }

        // Enterprises with a user account first (the demo enterprise among them), then the rest, so every state appears.
        var applicants = owned.Concat(verified.Where(e => e.OwnerUserId is null)).ToList();
        AddOpenExpoApplications(open, applicants, faker, now);
        AddBookings(applicants, today, now);
        await db.SaveChangesAsync(cancellationToken);
    }

    private void AddOpenExpoApplications(ProductExpo open, IReadOnlyList<EnterpriseProfile> applicants, Faker faker, DateTime now)
    {
        var booths = open.OfferedBooths.Select(o => o.BoothId).ToList();
        var states = new[]
        {
            ApplicationState.Approved, ApplicationState.Approved, ApplicationState.Pending, ApplicationState.Pending,
            ApplicationState.Waitlisted, ApplicationState.Rejected, ApplicationState.Cancelled,
        };
        var others = faker.Random.Shuffle(booths.Skip(states.Length)).ToList();
        for (var k = 0; k < states.Length && k < applicants.Count; k++)
        {
            var application = Application(open, applicants[k], booths[k], states[k], now);
            application.Preferences = [new BoothPreference { BoothId = booths[k], Rank = 1 }, new BoothPreference { BoothId = others[k], Rank = 2 }];
            if (states[k] is ApplicationState.Pending or ApplicationState.Waitlisted or ApplicationState.Rejected)
            {
                application.BoothId = null;
                application.CheckInCode = null;
                application.CheckedInAt = null;
            }

            application.Reason = states[k] switch
            {
                ApplicationState.Rejected => "参展产品与本届主题不符。",
                ApplicationState.Cancelled => "企业另有安排。",
                _ => null,
            };
            db.Applications.Add(application);
        }
    }

    private void AddBookings(IReadOnlyList<EnterpriseProfile> bookers, DateOnly today, DateTime now)
    {
        var spaces = db.Spaces.Local.OrderBy(s => s.Slug).ToList();
        var plan = new (int Space, int From, int Days, BookingState State, string? Reason)[]
        {
            (0, 10, 7, BookingState.Approved, null), (0, 20, 5, BookingState.Requested, null), (1, 12, 2, BookingState.Approved, null),
            (1, 30, 1, BookingState.Rejected, "该日期已安排区级活动。"), (2, 8, 3, BookingState.Cancelled, null), (2, 15, 4, BookingState.Requested, null),
        };
        for (var k = 0; k < plan.Length; k++)
        {
            var (space, from, days, state, reason) = plan[k];
            var booker = bookers[k % bookers.Count];
            db.Bookings.Add(new SpaceBooking
            {
                SpaceId = spaces[space].Id,
                EnterpriseId = booker.Id,
                RequestedByUserId = booker.OwnerUserId ?? "",
                StartsOn = today.AddDays(from),
                EndsOn = today.AddDays(from + days - 1),
                Purpose = "企业新品展示与客户洽谈",
                State = state,
                Reason = reason,
                CreatedAt = now,
                UpdatedAt = now,
            });
        }
    }

    private static BoothApplication Application(ProductExpo expo, EnterpriseProfile enterprise, int boothId, ApplicationState state, DateTime now) => new()
    {
        ExpoId = expo.Id,
        EnterpriseId = enterprise.Id,
        ApplicantUserId = enterprise.OwnerUserId ?? "",
        Preferences = [new BoothPreference { BoothId = boothId, Rank = 1 }],
        Products = "针织服装、功能面料新品",
        State = state,
        BoothId = boothId,
        CheckInCode = state is ApplicationState.Approved or ApplicationState.CheckedIn or ApplicationState.Cancelled
            ? RandomNumberGenerator.GetString("ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 10)
            : null,
        CheckedInAt = state == ApplicationState.CheckedIn ? ChinaTime.ToUtc(expo.StartsOn.ToDateTime(new TimeOnly(8, 45))) : null,
        CreatedAt = now,
        UpdatedAt = now,
    };

    private static ProductExpo NewExpo(string title, string slug, ExpoHall hall, DateOnly starts, ExpoState state, DateTime now, int opensInDays = -10) => new()
    {
        Slug = slug,
        Title = title,
        Theme = "链上企业产品展示与订货洽谈",
        StartsOn = starts,
        EndsOn = starts.AddDays(2),
        HallId = hall.Id,
        ApplicationsOpenAt = state == ExpoState.Finished ? ChinaTime.ToUtc(starts.AddDays(-40).ToDateTime(TimeOnly.MinValue)) : now.AddDays(opensInDays),
        ApplicationsCloseAt = ChinaTime.ToUtc(starts.AddDays(-7).ToDateTime(new TimeOnly(18, 0))),
        BoothCap = 2,
        Description = $"本届{title}由产业链党群服务中心主办，面向产业链上下游企业开放展位，集中展示印染、制衣、智造等环节的新产品。\n\n- 展期：{starts:yyyy年M月d日}起三天\n- 地点：{hall.Name}",
        State = state,
        CreatedAt = now,
        OfferedBooths = hall.Booths.Where(b => !b.IsBlocked).Select(b => new OfferedBooth { BoothId = b.Id }).ToList(),
    };

    /// <summary>Rows of standard booths along the hall, with raw-space islands in the last row.</summary>
    private static ExpoHall Hall(string name, string slug, string floor, int area, params char[] zones)
    {
        var hall = new ExpoHall { Name = name, Slug = slug, Floor = floor, AreaSquareMetres = area, PlanWidth = 1000, PlanHeight = 120 + (zones.Length * 160) };
        for (var z = 0; z < zones.Length; z++)
        {
            var raw = z == zones.Length - 1;
            var count = raw ? 6 : 12;
            for (var n = 0; n < count; n++)
            {
                hall.Booths.Add(new Booth
                {
                    Code = $"{zones[z]}{n + 1:00}",
                    Zone = $"{zones[z]}区",
                    Kind = raw ? BoothKind.RawSpace : BoothKind.Standard,
                    AreaSquareMetres = raw ? 36 : 9,
                    X = 40 + (n * (raw ? 150 : 76)),
                    Y = 60 + (z * 160),
                    Width = raw ? 130 : 66,
                    Height = raw ? 110 : 66,
                    HasPower = !raw || n % 2 == 0,
                    IsBlocked = !raw && z == 0 && n == 11,
                    BlockReason = !raw && z == 0 && n == 11 ? "消防通道改造" : null,
                });
            }
        }

        return hall;
    }

    /// <summary>A generated photo for each demo space, stored through the file store like an upload.</summary>
    private async Task AddSpacePhotosAsync(CancellationToken cancellationToken)
    {
        (byte, byte, byte)[] colours = [(140, 28, 31), (29, 79, 145), (30, 107, 52)];
        var k = 0;
        foreach (var space in db.Spaces.Local)
        {
            using var photo = new MemoryStream(DemoImages.Png(480, 270, colours[k++ % colours.Length]));
            var (stored, _) = await files.SaveAsync(photo, space.Slug + ".png", FileKinds.Images, 5 * 1024 * 1024, cancellationToken);
            if (stored is not null)
            {
                (space.PhotoKey, space.PhotoWidth, space.PhotoHeight) = (stored.Key, 480, 270);
            }
        }
    }

    private static ExhibitionSpace Space(string name, string slug, int capacity, int area, int minDays, int maxDays) => new()
    {
        Name = name,
        Slug = slug,
        Capacity = capacity,
        AreaSquareMetres = area,
        MinDays = minDays,
        MaxDays = maxDays,
        LeadDays = 3,
        Description = $"{name}可容纳约 {capacity} 人，面积 {area} 平方米，适合企业新品展示、品牌发布与客户洽谈。",
    };
}
