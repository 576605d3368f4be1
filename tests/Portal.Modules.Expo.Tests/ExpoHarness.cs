using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Portal.Core.Data;
using Portal.Modules.Expo.Data;
using Portal.Modules.Expo.Domain;
using Portal.Testing;

namespace Portal.Modules.Expo.Tests;

/// <summary>
/// The kernel and the Expo module over a real database (<see cref="KernelHarness"/>), with verified
/// enterprises, a hall with six booths (the sixth blocked), two published expos sharing it and one
/// exhibition space.
/// </summary>
internal sealed class ExpoHarness : IAsyncDisposable
{
    private readonly KernelHarness kernel;

    private ExpoHarness(KernelHarness kernel) => this.kernel = kernel;

    public FakeTimeProvider Time => kernel.Time;

    public int ExpoId { get; private set; }

    public int OtherExpoId { get; private set; }

    public IReadOnlyList<int> BoothIds { get; private set; } = [];

    public int SpaceId { get; private set; }

    /// <summary>The users of the verified enterprises, in order.</summary>
    public IReadOnlyList<string> Users { get; private set; } = [];

    public string UnverifiedUser { get; private set; } = "";

    public static async Task<ExpoHarness> CreateAsync(DatabaseProvider provider = DatabaseProvider.Sqlite, int enterprises = 4, bool venues = true, int? smtpPort = null)
    {
        var settings = smtpPort is { } port
            ? new Dictionary<string, string?> { ["Portal:Mail:Host"] = "127.0.0.1", ["Portal:Mail:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture) }
            : null;
        var harness = new ExpoHarness(await KernelHarness.CreateAsync([new ExpoModule()], provider, settings));
        harness.Users = (await harness.kernel.AddEnterprisesAsync(enterprises)).Select(e => e.UserId).ToList();
        harness.UnverifiedUser = (await harness.kernel.AddEnterprisesAsync(1, verified: false))[0].UserId;
        if (venues)
        {
            await harness.WithDbAsync(harness.SeedVenueAsync);
        }

        return harness;
    }

    public Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work) => kernel.InScopeAsync(work);

    public Task<T> WithApplicationsAsync<T>(Func<BoothApplicationService, Task<T>> work) => kernel.WithAsync(work);

    public Task<T> WithBookingsAsync<T>(Func<SpaceBookingService, Task<T>> work) => kernel.WithAsync(work);

    public Task<T> WithAsync<TService, T>(Func<TService, Task<T>> work)
        where TService : notnull => kernel.WithAsync(work);

    public Task<T> WithDbAsync<T>(Func<ExpoDbContext, Task<T>> work) => kernel.WithAsync(work);

    /// <summary>An application by the enterprise of <paramref name="userIndex"/> for the given booths; fails the test if refused.</summary>
    public async Task<int> ApplyAsync(int userIndex, params int[] boothIds)
    {
        var (application, refusal) = await WithApplicationsAsync(s =>
            s.ApplyAsync(Users[userIndex], new BoothApplicationInput(ExpoId, boothIds, "针织T恤、功能面料", "")));
        Assert.True(refusal is null, refusal?.Message);
        return application!.Id;
    }

    private async Task<int> SeedVenueAsync(ExpoDbContext db)
    {
        var hall = new ExpoHall { Name = "一号展厅", Slug = "hall-1", Floor = "1F", AreaSquareMetres = 1200 };
        hall.Booths = Enumerable.Range(1, 6).Select(n => new Booth
        {
            Code = $"A{n:00}", AreaSquareMetres = 9, Kind = BoothKind.Standard, Zone = "A", X = n * 60, Y = 40, Width = 50, Height = 50,
            IsBlocked = n == 6, BlockReason = n == 6 ? "维修" : null,
        }).ToList();
        db.Halls.Add(hall);
        await db.SaveChangesAsync();
        var now = Time.GetUtcNow().UtcDateTime;
        var expo = NewExpo("spring", hall, now, hall.Booths.Take(4));
        var other = NewExpo("autumn", hall, now, hall.Booths.Skip(4));
        db.Expos.AddRange(expo, other);
        var space = new ExhibitionSpace { Name = "品牌展示间", Slug = "showroom-1", Capacity = 30, MinDays = 1, MaxDays = 30, LeadDays = 3 };
        db.Spaces.Add(space);
        await db.SaveChangesAsync();
        ExpoId = expo.Id;
        OtherExpoId = other.Id;
        BoothIds = hall.Booths.Select(b => b.Id).ToList();
        SpaceId = space.Id;
        return 0;
    }

    private static ProductExpo NewExpo(string slug, ExpoHall hall, DateTime now, IEnumerable<Booth> booths) => new()
    {
        Slug = slug,
        Title = $"针纺产品展销会 {slug}",
        StartsOn = new DateOnly(2026, 12, 20),
        EndsOn = new DateOnly(2026, 12, 22),
        HallId = hall.Id,
        ApplicationsOpenAt = now.AddDays(-1),
        ApplicationsCloseAt = now.AddDays(10),
        BoothCap = 2,
        State = ExpoState.Published,
        CreatedAt = now,
        OfferedBooths = booths.Select(b => new OfferedBooth { BoothId = b.Id }).ToList(),
    };

    public ValueTask DisposeAsync() => kernel.DisposeAsync();
}
