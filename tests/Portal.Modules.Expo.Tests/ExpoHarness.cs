using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using Portal.Core;
using Portal.Core.Data;
using Portal.Core.Enterprises;
using Portal.Core.Identity;
using Portal.Modules.Expo.Data;
using Portal.Modules.Expo.Domain;
using Portal.Testing;

namespace Portal.Modules.Expo.Tests;

/// <summary>
/// The kernel and the Expo module wired as the host wires them, over a real database (a SQLite file, or
/// the PostgreSQL database of PORTAL_TEST_POSTGRES), with a clock the test moves. Each call of
/// <see cref="InScopeAsync{T}"/> is one request: its own scope, its own DbContext and connection.
/// </summary>
internal sealed class ExpoHarness : IAsyncDisposable
{
    public const string PostgresVariable = "PORTAL_TEST_POSTGRES";

    private readonly TempDirectory directory = new("portal-expo");
    private readonly ServiceProvider services;

    private ExpoHarness(DatabaseProvider provider)
    {
        var connection = provider == DatabaseProvider.Sqlite
            ? $"Data Source={directory.File("portal.db")};Default Timeout=60"
            : Environment.GetEnvironmentVariable(PostgresVariable) + ";Maximum Pool Size=60";
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Portal"] = connection,
            ["Portal:Database:Provider"] = provider.ToString(),
            ["Portal:Mail:PickupDirectory"] = directory.File("mail"),
        }).Build();
        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddSingleton<TimeProvider>(Time);
        collection.AddPortalCore(configuration, directory.Path);
        new ExpoModule().AddServices(collection, configuration);
        services = collection.BuildServiceProvider();
    }

    /// <summary>2026-11-25 10:00 in Shanghai.</summary>
    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 25, 2, 0, 0, TimeSpan.Zero));

    public int ExpoId { get; private set; }

    public int OtherExpoId { get; private set; }

    public IReadOnlyList<int> BoothIds { get; private set; } = [];

    public int SpaceId { get; private set; }

    /// <summary>The users of the verified enterprises, in order.</summary>
    public IReadOnlyList<string> Users { get; private set; } = [];

    public string UnverifiedUser { get; private set; } = "";

    public static async Task<ExpoHarness> CreateAsync(DatabaseProvider provider = DatabaseProvider.Sqlite, int enterprises = 4, bool venues = true)
    {
        if (provider == DatabaseProvider.Postgres)
        {
            var connection = Environment.GetEnvironmentVariable(PostgresVariable);
            Assert.False(string.IsNullOrWhiteSpace(connection), $"{PostgresVariable} is not set; ./test.sh starts PostgreSQL and sets it.");
            await WipeAsync(connection!);
        }

        var harness = new ExpoHarness(provider);
        await harness.SeedAsync(enterprises, venues);
        return harness;
    }

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public Task<T> WithApplicationsAsync<T>(Func<BoothApplicationService, Task<T>> work) =>
        InScopeAsync(sp => work(sp.GetRequiredService<BoothApplicationService>()));

    public Task<T> WithBookingsAsync<T>(Func<SpaceBookingService, Task<T>> work) =>
        InScopeAsync(sp => work(sp.GetRequiredService<SpaceBookingService>()));

    public Task<T> WithDbAsync<T>(Func<ExpoDbContext, Task<T>> work) =>
        InScopeAsync(sp => work(sp.GetRequiredService<ExpoDbContext>()));

    /// <summary>An application by the enterprise of <paramref name="userIndex"/> for the given booths; fails the test if refused.</summary>
    public async Task<int> ApplyAsync(int userIndex, params int[] boothIds)
    {
        var (application, refusal) = await WithApplicationsAsync(s =>
            s.ApplyAsync(Users[userIndex], new BoothApplicationInput(ExpoId, boothIds, "针织T恤、功能面料", "")));
        Assert.True(refusal is null, refusal?.Message);
        return application!.Id;
    }

    private async Task SeedAsync(int enterpriseCount, bool venues)
    {
        await InScopeAsync(async sp =>
        {
            foreach (var context in sp.GetRequiredService<PortalDbContexts>().Resolve(sp))
            {
                await context.Database.MigrateAsync();
            }

            var core = sp.GetRequiredService<CoreDbContext>();
            var town = new Town { Name = "湖坊镇", Kind = TownKind.Town, SortOrder = 1 };
            core.Towns.Add(town);
            await core.SaveChangesAsync();
            var users = new List<string>();
            for (var i = 0; i <= enterpriseCount; i++)
            {
                var user = new PortalUser { UserName = $"e{i}@example.cn", Email = $"e{i}@example.cn", EmailConfirmed = true, DisplayName = $"企业{i}" };
                core.Users.Add(user);
                var code = "91360111" + (100000000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture);
                core.Enterprises.Add(new Enterprise
                {
                    Name = $"测试针织有限公司{i}",
                    CreditCode = code + CreditCode.CheckCharacter(code),
                    Slug = $"e{i}",
                    Segment = Segment.Garment,
                    TownId = town.Id,
                    Size = SizeClass.Small,
                    FoundedYear = 2010,
                    Verification = i < enterpriseCount ? VerificationState.Verified : VerificationState.Unverified,
                    OwnerUserId = user.Id,
                });
                users.Add(user.Id);
            }

            await core.SaveChangesAsync();
            Users = users.Take(enterpriseCount).ToList();
            UnverifiedUser = users[^1];
            if (!venues)
            {
                return 0;
            }

            var db = sp.GetRequiredService<ExpoDbContext>();
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
        });
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

    private static async Task WipeAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var wipe = new NpgsqlCommand("DROP SCHEMA IF EXISTS hangfire CASCADE; DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;", connection);
        await wipe.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        NpgsqlConnection.ClearAllPools();
        await services.DisposeAsync();
        directory.Dispose();
    }
}
