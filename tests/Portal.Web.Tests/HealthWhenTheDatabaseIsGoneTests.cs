using System.Net;
using Microsoft.Data.Sqlite;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests;

/// <summary>/healthz tells the truth when the database goes away under a running app (its folder deleted, the pool emptied).</summary>
public sealed class HealthWhenTheDatabaseIsGoneTests(VanishingDatabaseFactory factory) : IClassFixture<VanishingDatabaseFactory>
{
    [Fact]
    public async Task Healthz_answers_503_Unhealthy_once_the_database_file_is_unreachable()
    {
        using var client = factory.CreatePortalClient();
        var before = await client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);

        Directory.Delete(factory.DatabaseFolder, recursive: true);
        SqliteConnection.ClearAllPools();

        var after = await client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, after.StatusCode);
        Assert.Equal("Unhealthy", await after.Content.ReadAsStringAsync());
    }
}
