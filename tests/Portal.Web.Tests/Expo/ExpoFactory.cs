using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Core.Enterprises;
using Portal.Core.Identity;
using Portal.Core.Security;
using Portal.Modules.Expo.Data;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests.Expo;

/// <summary>The portal host for tests that change Expo's data: a database of its own, so the read-only public page tests keep the demo data as seeded.</summary>
public sealed class ExpoFactory : PortalFactory
{
    private int enterprises;

    /// <summary>A new Enterprise user owning a new enterprise (verified or not), signed in through the login page.</summary>
    public async Task<(HttpClient Client, string UserId, int EnterpriseId)> NewEnterpriseAsync(bool verified = true)
    {
        var (client, email) = await TestUsers.SignedInAsync(this, PortalRoles.Enterprise);
        await using var scope = Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>().FindByEmailAsync(email);
        var core = scope.ServiceProvider.GetRequiredService<CoreDbContext>();
        var n = Interlocked.Increment(ref enterprises);
        var body = "91360199" + (200000000 + n + Random.Shared.Next(1000, 9999) * 1000).ToString(System.Globalization.CultureInfo.InvariantCulture)[..9];
        var enterprise = new Enterprise
        {
            Name = $"展会测试纺织有限公司{n}",
            CreditCode = body + CreditCode.CheckCharacter(body),
            Slug = $"expo-test-{Guid.NewGuid():N}"[..24],
            Segment = Segment.Garment,
            TownId = await core.Towns.Select(t => t.Id).FirstAsync(),
            Size = SizeClass.Small,
            FoundedYear = 2012,
            Verification = verified ? VerificationState.Verified : VerificationState.Unverified,
            OwnerUserId = user!.Id,
        };
        core.Enterprises.Add(enterprise);
        await core.SaveChangesAsync();
        return (client, user.Id, enterprise.Id);
    }

    /// <summary>Runs a read or a change against the Expo module's own context in a scope of its own.</summary>
    internal async Task<T> ExpoDbAsync<T>(Func<ExpoDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<ExpoDbContext>());
    }

    public static async Task<string> HtmlAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode} {response.Headers.Location}");
        return WebUtility.HtmlDecode(body);
    }

    public static async Task<string> BodyAsync(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
}

[CollectionDefinition(Name)]
public sealed class ExpoCollection : ICollectionFixture<ExpoFactory>
{
    public const string Name = "expo";
}
