using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using Portal.Core;
using Portal.Core.Data;
using Portal.Core.Enterprises;
using Portal.Core.Identity;
using Portal.Core.Modules;
using Xunit;

namespace Portal.Testing;

/// <summary>
/// The kernel and the given modules wired as the host wires them (AddPortalCore + each module's
/// AddServices) over a real database — a SQLite file, or the PostgreSQL database named by
/// PORTAL_TEST_POSTGRES, wiped first — with a clock the test moves. Each <see cref="InScopeAsync{T}"/>
/// is one request or one job run: its own scope, DbContexts and connections.
/// </summary>
public sealed class KernelHarness : IAsyncDisposable
{
    public const string PostgresVariable = "PORTAL_TEST_POSTGRES";

    private readonly TempDirectory directory = new("portal-kernel");
    private readonly ServiceProvider services;
    private int enterpriseCount;

    private KernelHarness(
        IReadOnlyList<IPortalModule> modules, DatabaseProvider provider, IDictionary<string, string?> settings, Action<IServiceCollection>? configure)
    {
        var connection = provider == DatabaseProvider.Sqlite
            ? $"Data Source={directory.File("portal.db")};Default Timeout=60"
            : Environment.GetEnvironmentVariable(PostgresVariable) + ";Maximum Pool Size=60";
        var values = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Portal"] = connection,
            ["Portal:Database:Provider"] = provider.ToString(),
            ["Portal:Mail:PickupDirectory"] = directory.File("mail"),
        };
        foreach (var (key, value) in settings)
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddSingleton<TimeProvider>(Time);
        collection.AddPortalCore(configuration, directory.Path);
        collection.AddIdentityCore<PortalUser>().AddRoles<IdentityRole>().AddEntityFrameworkStores<CoreDbContext>();
        foreach (var module in modules)
        {
            module.AddServices(collection, configuration);
        }

        configure?.Invoke(collection);
        services = collection.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    /// <summary>2026-11-25 10:00 in Shanghai unless the test moves it.</summary>
    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 25, 2, 0, 0, TimeSpan.Zero));

    public int TownId { get; private set; }

    /// <summary>The root provider, for singletons; use <see cref="InScopeAsync{T}"/> for scoped services.</summary>
    public IServiceProvider Services => services;

    /// <summary>Where the file store keeps uploads under this harness's content root.</summary>
    public string UploadsPath => Path.Combine(directory.Path, "App_Data", "uploads");

    public static async Task<KernelHarness> CreateAsync(
        IEnumerable<IPortalModule> modules,
        DatabaseProvider provider = DatabaseProvider.Sqlite,
        IDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? configure = null)
    {
        if (provider == DatabaseProvider.Postgres)
        {
            var connection = Environment.GetEnvironmentVariable(PostgresVariable);
            Assert.False(string.IsNullOrWhiteSpace(connection), $"{PostgresVariable} is not set; ./test.sh starts PostgreSQL and sets it.");
            await WipeAsync(connection!);
        }

        var harness = new KernelHarness([.. modules], provider, settings ?? new Dictionary<string, string?>(), configure);
        await harness.InScopeAsync(async sp =>
        {
            foreach (var context in sp.GetRequiredService<PortalDbContexts>().Resolve(sp))
            {
                await context.Database.MigrateAsync();
            }

            var core = sp.GetRequiredService<CoreDbContext>();
            var town = new Town { Name = "湖坊镇", Kind = TownKind.Town, SortOrder = 1 };
            core.Towns.Add(town);
            await core.SaveChangesAsync();
            harness.TownId = town.Id;
            return 0;
        });
        return harness;
    }

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public Task InScopeAsync(Func<IServiceProvider, Task> work) => InScopeAsync(async sp =>
    {
        await work(sp);
        return 0;
    });

    public Task<T> WithAsync<TService, T>(Func<TService, Task<T>> work)
        where TService : notnull =>
        InScopeAsync(sp => work(sp.GetRequiredService<TService>()));

    /// <summary>A confirmed user, optionally in a role.</summary>
    public Task<string> AddUserAsync(string email, string? role = null, string displayName = "测试用户") =>
        InScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<PortalUser>>();
            if (role is not null && !await sp.GetRequiredService<RoleManager<IdentityRole>>().RoleExistsAsync(role))
            {
                await sp.GetRequiredService<RoleManager<IdentityRole>>().CreateAsync(new IdentityRole(role));
            }

            var user = new PortalUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName };
            Assert.True((await users.CreateAsync(user)).Succeeded);
            if (role is not null)
            {
                await users.AddToRoleAsync(user, role);
            }

            return user.Id;
        });

    /// <summary>Enterprises in the garment segment, each owned by a new Enterprise user; returns (user id, enterprise id).</summary>
    public async Task<IReadOnlyList<(string UserId, int EnterpriseId)>> AddEnterprisesAsync(int count, bool verified = true)
    {
        var result = new List<(string, int)>();
        for (var i = 0; i < count; i++)
        {
            var n = ++enterpriseCount;
            var userId = await AddUserAsync($"enterprise{n}@example.cn", Core.Security.PortalRoles.Enterprise, $"联系人{n}");
            var id = await InScopeAsync(async sp =>
            {
                var core = sp.GetRequiredService<CoreDbContext>();
                var body = "91360111" + (100000000 + n).ToString(System.Globalization.CultureInfo.InvariantCulture);
                var enterprise = new Enterprise
                {
                    Name = $"测试针织有限公司{n}",
                    CreditCode = body + CreditCode.CheckCharacter(body),
                    Slug = $"test-{n}",
                    Segment = Segment.Garment,
                    TownId = TownId,
                    Size = SizeClass.Small,
                    FoundedYear = 2010,
                    Verification = verified ? VerificationState.Verified : VerificationState.Unverified,
                    OwnerUserId = userId,
                };
                core.Enterprises.Add(enterprise);
                await core.SaveChangesAsync();
                return enterprise.Id;
            });
            result.Add((userId, id));
        }

        return result;
    }

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
