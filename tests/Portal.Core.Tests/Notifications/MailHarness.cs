using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Portal.Core.Data;
using Portal.Core.Identity;
using Portal.Testing;

namespace Portal.Core.Tests.Notifications;

/// <summary>
/// The kernel wired as the host wires it (AddPortalCore) over a real SQLite file, with SMTP pointed
/// at a loopback port and a clock the test moves.
/// </summary>
internal sealed class MailHarness : IAsyncDisposable
{
    public const string UserEmail = "owner@example.com";

    private readonly TempDirectory directory = new("portal-mail");
    private readonly ServiceProvider services;

    private MailHarness(int smtpPort)
    {
        SmtpPort = smtpPort;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Portal"] = $"Data Source={directory.File("portal.db")}",
            ["Portal:Mail:Host"] = "127.0.0.1",
            ["Portal:Mail:Port"] = smtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }).Build();
        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddSingleton<TimeProvider>(Time);
        collection.AddPortalCore(configuration, directory.Path);
        services = collection.BuildServiceProvider();
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 25, 1, 0, 0, TimeSpan.Zero));

    public int SmtpPort { get; }

    public string UserId { get; } = Guid.NewGuid().ToString();

    public static async Task<MailHarness> CreateAsync(int smtpPort)
    {
        var harness = new MailHarness(smtpPort);
        await using var scope = harness.services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CoreDbContext>();
        await db.Database.MigrateAsync();
        db.Users.Add(new PortalUser
        {
            Id = harness.UserId,
            UserName = UserEmail,
            NormalizedUserName = UserEmail.ToUpperInvariant(),
            Email = UserEmail,
            NormalizedEmail = UserEmail.ToUpperInvariant(),
            EmailConfirmed = true,
            DisplayName = "陈晓红",
            CreatedAt = harness.Time.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync();
        return harness;
    }

    /// <summary>Runs <paramref name="work"/> in a fresh scope, as one request or one job run would.</summary>
    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        directory.Dispose();
        return services.DisposeAsync();
    }
}
