using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Portal.Core.Data;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests;

/// <summary>The host on PostgreSQL: set PORTAL_TEST_POSTGRES to a connection string for a database the test may wipe (test.sh does).</summary>
public sealed class PostgresPortalFactory : PortalFactory
{
    public const string Variable = "PORTAL_TEST_POSTGRES";

    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;

    protected override string ConnectionString => Environment.GetEnvironmentVariable(Variable) ?? "";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        if (string.IsNullOrWhiteSpace(ConnectionString))
        {
            return;
        }

        // Start from an empty database, so the test proves migrations and seeding from nothing.
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var wipe = new NpgsqlCommand(
            "DROP SCHEMA IF EXISTS hangfire CASCADE; DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;", connection);
        await wipe.ExecuteNonQueryAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresPortalFactory>
{
    public const string Name = "postgres";
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresProviderTests(PostgresPortalFactory factory)
{
    private static void RequireDatabase() =>
        Assert.False(
            string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(PostgresPortalFactory.Variable)),
            $"{PostgresPortalFactory.Variable} is not set. It must be a connection string to a PostgreSQL database the test may wipe; ./test.sh starts PostgreSQL and sets it.");

    [Fact]
    public async Task On_PostgreSQL_the_app_migrates_seeds_and_serves()
    {
        RequireDatabase();
        using var client = factory.CreatePortalClient();

        var home = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        var health = await client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal("Healthy", await health.Content.ReadAsStringAsync());

        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CoreDbContext>();
        Assert.Equal("Npgsql.EntityFrameworkCore.PostgreSQL", db.Database.ProviderName);
        Assert.Equal(66, await db.Enterprises.CountAsync());
        Assert.Equal(9, await db.Towns.CountAsync());
        foreach (var context in scope.ServiceProvider.GetRequiredService<PortalDbContexts>().Resolve(scope.ServiceProvider))
        {
            Assert.Empty(await context.Database.GetPendingMigrationsAsync());
        }
    }
}

/// <summary>The Expo module's public pages on PostgreSQL: the same queries must translate there too.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresModulePagesTests(PostgresPortalFactory factory)
{
    [Theory]
    [InlineData("/expo")]
    [InlineData("/expo?page=2")]
    [InlineData("/expo/winter-2026")]
    [InlineData("/expo.ics")]
    [InlineData("/expo/winter-2026.ics")]
    public async Task Public_module_pages_serve_on_PostgreSQL(string path)
    {
        Assert.False(string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(PostgresPortalFactory.Variable)), $"{PostgresPortalFactory.Variable} is not set (./test.sh sets it).");
        using var client = factory.CreatePortalClient();

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("winter-2026", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
