using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Core.DemoData;
using Portal.Core.Enterprises;
using Portal.Core.Security;
using Portal.Testing;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests;

/// <summary>Demo mode off: no demo accounts or demo enterprises, the login page lists none, and the operator's commands work.</summary>
public sealed partial class ProductionModeTests(ProductionPortalFactory factory) : IClassFixture<ProductionPortalFactory>
{
    [Fact]
    public async Task There_are_no_demo_accounts_and_no_demo_enterprises()
    {
        foreach (var account in DemoAccounts.All)
        {
            Assert.Null(await TestUsers.WithUsersAsync(factory, users => users.FindByEmailAsync(account.Email)));
        }

        await using var scope = factory.Services.CreateAsyncScope();
        // Tests of this class register enterprises of their own; those are never verified nor leading.
        var db = scope.ServiceProvider.GetRequiredService<CoreDbContext>();
        Assert.Equal(0, await db.Enterprises.CountAsync(e => e.IsLeading || e.Verification == VerificationState.Verified));

        using var client = factory.CreatePortalClient();
        var refused = await Forms.PostAsync(client, Accounts.LoginPath, new Dictionary<string, string>
        {
            ["Input.Email"] = DemoAccounts.All[0].Email,
            ["Input.Password"] = DemoAccounts.Password,
        });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("邮箱或密码不正确。", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task The_login_page_lists_no_demo_accounts()
    {
        using var client = factory.CreatePortalClient();
        var html = WebUtility.HtmlDecode(await client.GetStringAsync(Accounts.LoginPath));
        Assert.Contains("name=\"Input.Email\"", html);
        Assert.DoesNotContain("演示账号", html);
        Assert.DoesNotContain(DemoAccounts.Password, html);
        Assert.All(DemoAccounts.All, a => Assert.DoesNotContain(a.Email, html));
    }

    [Fact]
    public async Task The_towns_are_there_so_enterprises_can_register()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        Assert.Equal(9, await scope.ServiceProvider.GetRequiredService<CoreDbContext>().Towns.CountAsync());

        using var client = factory.CreatePortalClient();
        var registration = Registrations.New();
        var response = await Registrations.PostAsync(client, registration.Fields());
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<CoreDbContext>().Enterprises.CountAsync(e => e.ContactEmail == registration.Email));
    }

    [Fact]
    public async Task Create_admin_makes_an_administrator_whose_one_time_password_signs_in()
    {
        _ = factory.Services; // the app has made and migrated its database
        var email = $"admin-{Guid.NewGuid():N}"[..16] + "@portal.cn";
        var result = await PortalCommand.RunAsync(factory.DatabaseFile, factory.Folder.File("command-jobs.db"), "create-admin", email);
        Assert.True(result.ExitCode == 0, $"exit {result.ExitCode}\n{result.Output}\n{result.Error}");

        var password = OneTimePassword().Match(result.Output) is { Success: true } m
            ? m.Groups[1].Value
            : throw new Xunit.Sdk.XunitException("No one-time password in: " + result.Output);
        Assert.True(await TestUsers.WithUsersAsync(factory, async users =>
        {
            var user = await users.FindByEmailAsync(email);
            return user is not null && await users.IsInRoleAsync(user, PortalRoles.Admin) && await users.CheckPasswordAsync(user, password);
        }));

        using var client = factory.CreatePortalClient();
        await Accounts.LoginAsync(client, email, password);
        Assert.Equal("/my/two-factor?required=true", (await client.GetAsync("/admin")).Headers.Location!.OriginalString);

        var again = await PortalCommand.RunAsync(factory.DatabaseFile, factory.Folder.File("command-jobs.db"), "create-admin", email);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("exists already", again.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrate_applies_every_migration_to_a_new_file_and_exits()
    {
        using var database = new SqliteDatabase();
        var result = await PortalCommand.RunAsync(database.FilePath, database.FilePath + ".jobs", "migrate");
        Assert.True(result.ExitCode == 0, $"exit {result.ExitCode}\n{result.Output}\n{result.Error}");

        var tables = database.TableNames();
        string[] histories = ["__core_migrations", "__center_migrations", "__expo_migrations", "__policy_migrations", "__redhelp_migrations"];
        Assert.All(histories, h => Assert.Contains(h, tables));
        Assert.All(histories, h => Assert.NotEmpty(database.AppliedMigrations(h)));
        Assert.Contains("core_enterprises", tables, StringComparer.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("create-admin")]
    [InlineData("create-admin", "not-an-address")]
    public async Task An_unknown_command_or_a_missing_address_exits_2(params string[] args)
    {
        using var database = new SqliteDatabase();
        var result = await PortalCommand.RunAsync(database.FilePath, database.FilePath + ".jobs", args);
        Assert.True(result.ExitCode == 2, $"exit {result.ExitCode}\n{result.Output}\n{result.Error}");
        Assert.False(string.IsNullOrWhiteSpace(result.Error));
    }

    [GeneratedRegex("One-time password: (\\S+)")]
    private static partial Regex OneTimePassword();
}
