using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Portal.Browser.Tests.Infrastructure;
using Portal.Core.DemoData;
using static Microsoft.Playwright.Assertions;

namespace Portal.Browser.Tests;

/// <summary>
/// End to end, through the real forms and the real mail pickup: an enterprise registers, confirms
/// its e-mail from the link in the .eml file, staff verify it, and the owner finds the notice.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class EnterpriseVerificationFlowTests(PortalApp app)
{
    [Fact]
    public async Task Register_confirm_verify_and_the_owner_reads_the_notice()
    {
        var registration = EnterpriseFlow.NewRegistration();

        // 1. The enterprise registers.
        await using (var visitor = await app.OpenAsync(Viewport.Desktop))
        {
            await EnterpriseFlow.RegisterAsync(visitor, registration);
            await visitor.AuditAsync("register-done");

            // 2. It confirms its e-mail with the link from the mail.
            var link = await MailPickup.WaitForLinkAsync(app, registration.Email, "confirm", TimeSpan.FromSeconds(30));
            await visitor.GotoAsync(link.PathAndQuery);
            await Expect(visitor.Page.GetByRole(AriaRole.Main)).ToContainTextAsync(new Regex("确认|验证"));
            await visitor.AuditAsync("confirm-email");
        }

        // 3. Staff find it among the enterprises waiting for verification and verify it.
        await using (var staff = await app.OpenAsync(Viewport.Desktop))
        {
            var page = staff.Page;
            await EnterpriseFlow.LogInAsync(staff, "staff@demo.local", DemoAccounts.Password);
            await Expect(page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Link, new() { Name = "后台" })).ToBeVisibleAsync();
            await staff.GotoAsync("/admin/enterprises");
            await page.GetByLabel("认证状态").SelectOptionAsync(new SelectOptionValue { Label = "待审核" });
            await page.GetByLabel("企业名称或统一社会信用代码").FillAsync(registration.CreditCode);
            await page.GetByRole(AriaRole.Button, new() { Name = "筛选" }).ClickAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = registration.EnterpriseName }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(registration.EnterpriseName);
            await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync(registration.Email);

            await page.GetByRole(AriaRole.Button, new() { Name = "通过认证" }).ClickAsync();

            await Expect(page.GetByTestId("verification")).ToHaveTextAsync("已认证");
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = "通过认证" })).ToHaveCountAsync(0);
        }

        // 4. The owner logs in: an unread badge in the header, the notice in the inbox.
        await using (var owner = await app.OpenAsync(Viewport.Desktop))
        {
            var page = owner.Page;
            await EnterpriseFlow.LogInAsync(owner, registration.Email, registration.Password);
            var inbox = page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Link, new() { NameRegex = new Regex("收件箱") });
            await Expect(inbox.GetByTestId("unread")).ToContainTextAsync(new Regex(@"^\s*[1-9]"));

            await inbox.ClickAsync();

            await Expect(page).ToHaveURLAsync(new Regex("/my/inbox"));
            await owner.AuditAsync("inbox");
            await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "企业认证已通过" }).ClickAsync();

            await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync(registration.EnterpriseName);
            await owner.AuditAsync("inbox-message");
        }
    }
}
