using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core;
using Portal.Core.Data;
using Portal.Core.DemoData;
using Portal.Core.Enterprises;
using Portal.Core.Identity;
using Portal.Modules.ServiceCenter.Data;
using Portal.Modules.ServiceCenter.Domain;
using Portal.Testing;

namespace Portal.Modules.ServiceCenter.Tests.Showcases;

/// <summary>
/// The kernel and the module wired as the host wires them, over a real SQLite file (every context migrated),
/// with uploads in a temporary folder, one verified enterprise and its owner.
/// </summary>
internal sealed class ShowcaseHarness : IAsyncDisposable
{
    private readonly TempDirectory directory = new("portal-showcase");
    private readonly ServiceProvider services;

    private ShowcaseHarness(bool demoData)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Portal"] = $"Data Source={directory.File("portal.db")}",
            ["Portal:DemoData"] = demoData ? "true" : "false",
        }).Build();
        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddPortalCore(configuration, directory.Path);
        collection.AddIdentityCore<PortalUser>().AddPortalIdentityStores();
        new ServiceCenterModule().AddServices(collection, configuration);
        services = collection.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    public string Uploads => directory.File(Path.Combine("App_Data", "uploads"));

    public int EnterpriseId { get; private set; }

    public string OwnerId { get; } = Guid.NewGuid().ToString();

    /// <summary>An empty database with one verified enterprise and its owner.</summary>
    public static async Task<ShowcaseHarness> CreateAsync()
    {
        var harness = new ShowcaseHarness(demoData: false);
        await harness.InScopeAsync(s => s.GetRequiredService<DatabaseInitializer>().MigrateAsync());
        await harness.InScopeAsync(async s =>
        {
            var db = s.GetRequiredService<CoreDbContext>();
            db.Users.Add(new PortalUser { Id = harness.OwnerId, UserName = "owner@example.com", Email = "owner@example.com", DisplayName = "陈晓红" });
            var town = new Town { Name = "湖坊镇", Kind = TownKind.Town, SortOrder = 1 };
            var enterprise = new Enterprise
            {
                Name = "南昌锦绣服饰有限公司", Slug = "jinxiu", CreditCode = "91360111MA35XXXXXX", Segment = Segment.Garment, Town = town,
                Size = SizeClass.Small, FoundedYear = 2015, Verification = VerificationState.Verified, OwnerUserId = harness.OwnerId,
            };
            db.Enterprises.Add(enterprise);
            await db.SaveChangesAsync();
            harness.EnterpriseId = enterprise.Id;
        });
        return harness;
    }

    /// <summary>A database filled the way the host fills a new one: migrations, roles, every demo seeder in order.</summary>
    public static async Task<ShowcaseHarness> CreateWithDemoDataAsync()
    {
        var harness = new ShowcaseHarness(demoData: true);
        await harness.SeedAsync();
        return harness;
    }

    public async Task SeedAsync() => await InScopeAsync(async s =>
    {
        var init = s.GetRequiredService<DatabaseInitializer>();
        await init.MigrateAsync();
        await init.EnsureRolesAsync(new ServiceCenterModule().Permissions);
        await init.SeedDemoDataAsync();
    });

    public async Task InScopeAsync(Func<IServiceProvider, Task> work)
    {
        await using var scope = services.CreateAsyncScope();
        await work(scope.ServiceProvider);
    }

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public Task<T> ShowcasesAsync<T>(Func<ShowcaseService, Task<T>> work) => InScopeAsync(s => work(s.GetRequiredService<ShowcaseService>()));

    public Task<T> EditorAsync<T>(Func<ShowcaseEditor, Task<T>> work) => InScopeAsync(s => work(s.GetRequiredService<ShowcaseEditor>()));

    public Task<T> DbAsync<T>(Func<ServiceCenterDbContext, Task<T>> work) => InScopeAsync(s => work(s.GetRequiredService<ServiceCenterDbContext>()));

    /// <summary>Puts a version straight into the database in the given state.</summary>
    public Task<int> AddVersionAsync(ShowcaseState state, int number = 1, string culture = "文化") => DbAsync(async db =>
    {
        var version = new ShowcaseVersion
        {
            EnterpriseId = EnterpriseId, Number = number, State = state, Culture = culture, CreatedAt = DateTime.UtcNow,
            SubmittedAt = state == ShowcaseState.Draft ? null : DateTime.UtcNow,
        };
        db.Showcases.Add(version);
        await db.SaveChangesAsync();
        return version.Id;
    });

    public Task<ShowcaseState> StateAsync(int versionId) =>
        DbAsync(db => db.Showcases.AsNoTracking().Where(v => v.Id == versionId).Select(v => v.State).SingleAsync());

    public Task<List<string>> InboxTitlesAsync() =>
        InScopeAsync(s => s.GetRequiredService<CoreDbContext>().InboxMessages.Where(m => m.UserId == OwnerId).OrderBy(m => m.Id).Select(m => m.Title).ToListAsync());

    public string[] UploadedFiles() => Directory.Exists(Uploads) ? Directory.GetFiles(Uploads) : [];

    public ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        directory.Dispose();
        return services.DisposeAsync();
    }
}
