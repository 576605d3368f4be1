using Microsoft.Playwright;
using Portal.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Portal.Browser.Tests;

/// <summary>
/// The red-help team's public page and roving service, an enterprise signing up with a problem, and the staff dashboard
/// with its chart and the reminder report: every page audited (axe, console) with screenshots at 1280 and 375 px.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class RedHelpTeamAndRovingTests(PortalApp app)
{
    private const string Enterprise = "enterprise@demo.local";
    private const string Staff = "staff@demo.local";

    [Fact]
    public async Task The_team_page_a_roving_sign_up_and_the_dashboard_pass_the_audit_at_both_sizes()
    {
        foreach (var viewport in Viewport.All)
        {
            await using var visitor = await app.OpenAsync(viewport);
            await visitor.GotoAsync("/redhelp");
            await visitor.AuditAsync("redhelp-team");
            await visitor.GotoAsync("/redhelp/roving");
            await visitor.AuditAsync("redhelp-roving");
        }

        string session;
        await using (var enterprise = await app.OpenAsync(Viewport.Desktop, Enterprise))
        {
            var page = enterprise.Page;
            await enterprise.GotoAsync("/redhelp/roving");
            session = await page.Locator("a[href^='/redhelp/roving/']").First.GetAttributeAsync("href") ?? throw new InvalidOperationException("no session link");
            await enterprise.GotoAsync(session);
            await enterprise.AuditAsync("redhelp-roving-session");
            await page.GetByLabel("想在现场咨询的问题（选填）").FillAsync("浏览器测试：想了解设备融资租赁的贴息政策。");
            await page.GetByLabel("问题类别").SelectOptionAsync(new SelectOptionValue { Label = "融资" });
            await page.GetByRole(AriaRole.Button, new() { Name = "确认报名" }).ClickAsync();
            await Expect(page.GetByTestId("signed-up")).ToBeVisibleAsync();
            await enterprise.AuditAsync("redhelp-roving-signed-up");
        }

        await using (var phone = await app.OpenAsync(Viewport.Phone, Enterprise))
        {
            await phone.GotoAsync(session);
            await Expect(phone.Page.GetByTestId("signed-up")).ToBeVisibleAsync();
            await phone.AuditAsync("redhelp-roving-signed-up");
        }

        foreach (var viewport in Viewport.All)
        {
            await using var staff = await app.OpenAsync(viewport, Staff);
            await staff.GotoAsync("/admin/redhelp");
            await Expect(staff.Page.GetByTestId("dashboard-totals")).ToBeVisibleAsync();
            await staff.AuditAsync("redhelp-dashboard");
            await staff.GotoAsync("/admin/redhelp/reminders");
            await staff.AuditAsync("redhelp-reminders");
        }
    }
}
