using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Identity;

namespace Portal.Web.Tests.Infrastructure;

/// <summary>Accounts made through the app's own UserManager, for hosts without the demo accounts.</summary>
public static class TestUsers
{
    public const string Password = "Test2026pass";

    /// <summary>A confirmed user with a unique address in <paramref name="role"/>; returns the address.</summary>
    public static async Task<string> CreateAsync(PortalFactory factory, string role)
    {
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}"[..24] + "@example.cn";
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = new PortalUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "测试 " + role, CreatedAt = DateTime.UtcNow };
        Succeeded(await users.CreateAsync(user, Password));
        Succeeded(await users.AddToRoleAsync(user, role));
        return email;
    }

    /// <summary>A new user in <paramref name="role"/>, signed in through the login page.</summary>
    public static async Task<(HttpClient Client, string Email)> SignedInAsync(PortalFactory factory, string role)
    {
        var email = await CreateAsync(factory, role);
        var client = factory.CreatePortalClient();
        await Accounts.LoginAsync(client, email, Password);
        return (client, email);
    }

    /// <summary>Runs <paramref name="work"/> with the app's UserManager in a scope of its own.</summary>
    public static async Task<T> WithUsersAsync<T>(PortalFactory factory, Func<UserManager<PortalUser>, Task<T>> work)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>());
    }

    private static void Succeeded(IdentityResult result) =>
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
}
