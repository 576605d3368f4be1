using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Portal.Core;
using Portal.Core.Data;
using Portal.Core.Enterprises;
using Portal.Modules.ServiceCenter.Data;
using Portal.Modules.ServiceCenter.Domain;
using Portal.Testing;

namespace Portal.Modules.ServiceCenter.Tests;

/// <summary>
/// The kernel and the module wired as the host wires them, over a real SQLite file with every
/// migration applied, and a clock the test moves (09:00 on 2026-03-02 in Beijing to begin with).
/// </summary>
internal sealed class CenterHarness : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);

    private readonly SqliteDatabase database = new();
    private readonly TempDirectory contentRoot = new("center-root");
    private readonly ServiceProvider services;
    private int nextEnterprise;

    private CenterHarness()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Portal"] = database.Options.ConnectionString,
            ["Portal:Database:Provider"] = "Sqlite",
        }).Build();
        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddSingleton<TimeProvider>(Time);
        collection.AddPortalCore(configuration, contentRoot.Path);
        new ServiceCenterModule().AddServices(collection, configuration);
        services = collection.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    public FakeTimeProvider Time { get; } = new(Start);

    public string UploadsDirectory => Path.Combine(contentRoot.Path, "App_Data", "uploads");

    public static async Task<CenterHarness> StartAsync()
    {
        var harness = new CenterHarness();
        await using var scope = harness.services.CreateAsyncScope();
        foreach (var context in harness.services.GetRequiredService<PortalDbContexts>().Resolve(scope.ServiceProvider))
        {
            await context.Database.MigrateAsync();
        }

        var core = scope.ServiceProvider.GetRequiredService<CoreDbContext>();
        core.Towns.Add(new Town { Name = "针纺服装产业园", Kind = TownKind.Park, SortOrder = 1 });
        await core.SaveChangesAsync();
        return harness;
    }

    /// <summary>Runs <paramref name="action"/> in its own scope, as one request would.</summary>
    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    public Task<T> WithAsync<TService, T>(Func<TService, Task<T>> action)
        where TService : notnull =>
        InScopeAsync(sp => action(sp.GetRequiredService<TService>()));

    /// <summary>An enterprise owned by <paramref name="ownerUserId"/>; verified unless told otherwise.</summary>
    public Task<int> AddEnterpriseAsync(string ownerUserId, VerificationState state = VerificationState.Verified) =>
        InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CoreDbContext>();
            var n = Interlocked.Increment(ref nextEnterprise);
            var body = "91360111" + n.ToString("D9");
            var code = body + CreditCode.CheckCharacter(body);
            var enterprise = new Enterprise
            {
                Name = $"测试服饰有限公司{n}", CreditCode = code, Slug = code.ToLowerInvariant(), Segment = Segment.Garment,
                TownId = await db.Towns.Select(t => t.Id).FirstAsync(), Size = SizeClass.Small, FoundedYear = 2015,
                ContactName = "张三", ContactPhone = "13800000000", ContactEmail = $"e{n}@example.cn",
                Verification = state, OwnerUserId = ownerUserId, CreatedAt = Time.GetUtcNow().UtcDateTime,
            };
            db.Enterprises.Add(enterprise);
            await db.SaveChangesAsync();
            return enterprise.Id;
        });

    public Task<int> AddServiceAsync(string slug = "textile-testing", bool active = true) =>
        WithAsync<ServiceCenterDbContext, int>(async db =>
        {
            var service = new CenterService
            {
                Name = "纺织品检验检测", Slug = slug, Category = ServiceCategory.Testing, Summary = "常规检测",
                Provider = "合作检测机构", IsActive = active,
            };
            db.Services.Add(service);
            await db.SaveChangesAsync();
            return service.Id;
        });

    public Task<Appointment?> AppointmentAsync(int id) =>
        WithAsync<ServiceCenterDbContext, Appointment?>(db => db.Appointments.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id));

    public Task<List<Portal.Core.Notifications.InboxMessage>> InboxAsync(string userId) =>
        WithAsync<CoreDbContext, List<Portal.Core.Notifications.InboxMessage>>(db =>
            db.InboxMessages.AsNoTracking().Where(m => m.UserId == userId).OrderBy(m => m.Id).ToListAsync());

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        database.Dispose();
        contentRoot.Dispose();
    }
}
