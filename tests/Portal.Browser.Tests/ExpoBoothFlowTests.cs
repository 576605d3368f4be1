using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.Browser.Tests.Infrastructure;
using Portal.Core.Data;
using Portal.Core.Enterprises;
using Portal.Core.Identity;
using Portal.Core.Security;
using Portal.Modules.Expo.Data;
using Portal.Modules.Expo.Domain;
using static Microsoft.Playwright.Assertions;

namespace Portal.Browser.Tests;

/// <summary>
/// Two enterprises pick the same booth on the SVG map and apply; staff approve one, the other lands on the
/// waitlist; the first opens its printable confirmation with the QR code. Every page is audited (axe, console,
/// screenshot) at desktop size during the flow and again at phone size afterwards.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class ExpoBoothFlowTests(PortalApp app)
{
    private const string Expo = "winter-2026";

    [Fact]
    public async Task Two_enterprises_want_one_booth_staff_approve_one_the_other_is_waitlisted_and_the_first_opens_the_confirmation()
    {
        var first = await NewEnterpriseAsync("甲");
        var second = await NewEnterpriseAsync("乙");
        var code = await FreeBoothCodeAsync();

        var firstApplication = await ApplyOnTheMapAsync(first, code, "expo-apply");
        var secondApplication = await ApplyOnTheMapAsync(second, code, null);

        await using (var staff = await app.OpenAsync(Viewport.Desktop, "staff@demo.local"))
        {
            var page = staff.Page;
            await staff.GotoAsync($"/admin/expo/{Expo}/applications?state=pending");
            await staff.AuditAsync("expo-review-queue");
            await page.Locator($"a[href='/admin/expo/applications/{firstApplication}']").ClickAsync();
            await Expect(page.GetByTestId("competitors")).ToBeVisibleAsync();
            await staff.AuditAsync("expo-review");
            await Expect(page.GetByLabel("展位", new() { Exact = true })).ToHaveValueAsync(await BoothIdAsync(code));
            await page.GetByRole(AriaRole.Button, new() { Name = "确认", Exact = true }).ClickAsync();
            await Expect(page.GetByTestId("application-state")).ToHaveTextAsync("已确认");
            await Expect(page.GetByTestId("assigned-booth")).ToHaveTextAsync(code);
        }

        Assert.Equal(ApplicationState.Waitlisted, await StateAsync(secondApplication));
        await using (var rival = await app.OpenAsync(Viewport.Desktop, second))
        {
            await rival.GotoAsync("/my/expo");
            await Expect(rival.Page.Locator($"[data-testid=application][data-state=waitlisted]")).ToHaveCountAsync(1);
            await rival.AuditAsync("expo-my-waitlisted");
        }

        await using (var winner = await app.OpenAsync(Viewport.Desktop, first))
        {
            var page = winner.Page;
            await winner.GotoAsync("/my/expo");
            await page.GetByRole(AriaRole.Link, new() { Name = "查看确认函与签到码" }).ClickAsync();
            await Expect(page.GetByTestId("confirmation")).ToBeVisibleAsync();
            await Expect(page.GetByTestId("confirmed-booth")).ToContainTextAsync(code);
            await Expect(page.GetByTestId("qr-code")).ToBeVisibleAsync();
            await Expect(page.GetByTestId("check-in-code")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^[A-Z2-9]{10}$"));
            await winner.AuditAsync("expo-confirmation");
        }

        // The same pages at phone size.
        foreach (var (user, path, name) in new[]
        {
            (first, $"/expo/{Expo}/apply", "expo-apply"), ("staff@demo.local", $"/admin/expo/{Expo}/applications?state=all", "expo-review-queue"),
            ("staff@demo.local", $"/admin/expo/applications/{firstApplication}", "expo-review"), (second, "/my/expo", "expo-my-waitlisted"),
            (first, $"/my/expo/applications/{firstApplication}", "expo-confirmation"),
        })
        {
            await using var phone = await app.OpenAsync(Viewport.Phone, user);
            await phone.GotoAsync(path);
            await phone.AuditAsync(name);
        }
    }

    /// <summary>The enterprise clicks the booth on the map (the script ticks its checkbox), names products and applies; returns the application id.</summary>
    private async Task<int> ApplyOnTheMapAsync(string email, string code, string? auditName)
    {
        await using var session = await app.OpenAsync(Viewport.Desktop, email);
        var page = session.Page;
        await session.GotoAsync($"/expo/{Expo}/apply");
        if (auditName is not null)
        {
            await session.AuditAsync(auditName);
        }

        await page.Locator($".booth-map .booth[data-code='{code}']").ClickAsync();
        await Expect(page.Locator($"input[name=BoothIds][data-code='{code}']")).ToBeCheckedAsync();
        await Expect(page.Locator($".booth-map .booth[data-code='{code}']")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("booth-selected"));
        await page.GetByLabel("参展产品").FillAsync("色织面料、针织T恤");
        await page.GetByRole(AriaRole.Button, new() { Name = "提交申请" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/my/expo/applications/\\d+$"));
        var path = new Uri(page.Url).AbsolutePath;
        return int.Parse(path[(path.LastIndexOf('/') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
    }

    private Task<string> NewEnterpriseAsync(string mark) => app.WithScopeAsync(async sp =>
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var email = $"expo-flow-{suffix}@example.cn";
        var users = sp.GetRequiredService<UserManager<PortalUser>>();
        var user = new PortalUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = $"展会流程{mark}", CreatedAt = DateTime.UtcNow };
        Assert.True((await users.CreateAsync(user, "Flow2026pass")).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, PortalRoles.Enterprise)).Succeeded);
        var core = sp.GetRequiredService<CoreDbContext>();
        var first17 = "913601" + string.Concat(Random.Shared.GetItems("0123456789".ToCharArray(), 11));
        core.Enterprises.Add(new Enterprise
        {
            Name = $"展会流程{mark}服饰有限公司{suffix}", CreditCode = first17 + CreditCode.CheckCharacter(first17), Slug = $"expo-flow-{suffix}",
            Segment = Segment.Garment, TownId = await core.Towns.Select(t => t.Id).FirstAsync(), Size = SizeClass.Small, FoundedYear = 2015,
            Verification = VerificationState.Verified, OwnerUserId = user.Id,
        });
        await core.SaveChangesAsync();
        return email;
    });

    /// <summary>A booth of the open expo that nobody holds and no pending or waitlisted application wishes for.</summary>
    private Task<string> FreeBoothCodeAsync() => app.WithScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<ExpoDbContext>();
        var expo = await db.Expos.SingleAsync(e => e.Slug == Expo);
        var applications = await db.Applications.Include(a => a.Preferences).Where(a => a.ExpoId == expo.Id).ToListAsync();
        var busy = applications.Where(a => a.State is ApplicationState.Pending or ApplicationState.Waitlisted).SelectMany(a => a.Preferences.Select(p => p.BoothId))
            .Concat(applications.Where(a => a.BoothId != null && a.State is not (ApplicationState.Rejected or ApplicationState.Cancelled)).Select(a => a.BoothId!.Value))
            .ToHashSet();
        return await db.OfferedBooths.Where(o => o.ExpoId == expo.Id && !o.Booth!.IsBlocked).Select(o => o.Booth!)
            .Where(b => !busy.Contains(b.Id)).OrderBy(b => b.Code).Select(b => b.Code).FirstAsync();
    });

    private Task<string> BoothIdAsync(string code) => app.WithScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<ExpoDbContext>();
        var expo = await db.Expos.SingleAsync(e => e.Slug == Expo);
        return (await db.Booths.Where(b => b.HallId == expo.HallId && b.Code == code).Select(b => b.Id).SingleAsync()).ToString(System.Globalization.CultureInfo.InvariantCulture);
    });

    private Task<ApplicationState> StateAsync(int id) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<ExpoDbContext>().Applications.Where(a => a.Id == id).Select(a => a.State).SingleAsync());
}
