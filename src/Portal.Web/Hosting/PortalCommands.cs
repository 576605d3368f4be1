using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Portal.Core.Data;
using Portal.Core.Identity;
using Portal.Core.Security;

namespace Portal.Web.Hosting;

/// <summary>
/// <c>dotnet run --project src/Portal.Web -- migrate</c> applies the migrations and exits;
/// <c>-- create-admin EMAIL</c> makes the first administrator and prints a one-time password.
/// Without a command the site runs (migrating first).
/// </summary>
internal static class PortalCommands
{
    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        var command = args.Length > 0 && !args[0].StartsWith('-') && !args[0].Contains('=') ? args[0] : null;
        switch (command)
        {
            case "migrate":
                await app.InitializeDatabaseAsync(seed: false);
                Console.WriteLine("Migrations applied.");
                return 0;
            case "create-admin":
                await app.InitializeDatabaseAsync(seed: false);
                return await CreateAdminAsync(app, args.Skip(1).FirstOrDefault());
            case null:
                await app.InitializeDatabaseAsync(seed: true);
                await app.RunAsync();
                return 0;
            default:
                Console.Error.WriteLine($"Unknown command '{command}'. Commands: migrate, create-admin EMAIL.");
                return 2;
        }
    }

    private static async Task<int> CreateAdminAsync(WebApplication app, string? email)
    {
        if (string.IsNullOrWhiteSpace(email) || !email.Contains('@'))
        {
            Console.Error.WriteLine("Usage: create-admin EMAIL");
            return 2;
        }

        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        if (await users.FindByEmailAsync(email) is not null)
        {
            Console.Error.WriteLine($"A user {email} exists already.");
            return 1;
        }

        var password = "Pa1!" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(15)).Replace('/', 'x').Replace('+', 'y');
        var user = new PortalUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = "系统管理员",
            CreatedAt = DateTime.UtcNow,
        };
        var result = await users.CreateAsync(user, password);
        if (!result.Succeeded)
        {
            Console.Error.WriteLine(string.Join("; ", result.Errors.Select(e => e.Description)));
            return 1;
        }

        await users.AddToRoleAsync(user, PortalRoles.Admin);
        Console.WriteLine($"Administrator {email} created. One-time password: {password}");
        Console.WriteLine("Sign in, change the password and set up two-factor authentication.");
        return 0;
    }

    public static async Task InitializeDatabaseAsync(this WebApplication app, bool seed)
    {
        using var scope = app.Services.CreateScope();
        var initializer = scope.ServiceProvider.GetRequiredService<DatabaseInitializer>();
        await initializer.MigrateAsync();
        await initializer.EnsureRolesAsync(app.Services.GetRequiredService<PermissionRegistry>().All);
        await initializer.EnsureReferenceDataAsync();
        if (seed)
        {
            await initializer.SeedDemoDataAsync();
        }
    }
}
