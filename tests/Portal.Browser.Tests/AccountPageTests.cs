using Microsoft.Playwright;
using Portal.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Portal.Browser.Tests;

/// <summary>The account pages (built on the account branch): labelled, accessible, at both sizes.</summary>
[Collection(PortalCollection.Name)]
public sealed class AccountPageTests(PortalApp app)
{
    [Theory]
    [InlineData("desktop")]
    [InlineData("phone")]
    public async Task Login_page_has_labelled_fields(string viewport)
    {
        await using var session = await app.OpenAsync(Viewport.Named(viewport));

        await session.GotoAsync("/account/login");

        await Forms.FieldAsync(session.Page, "Input.Email");
        await Forms.FieldAsync(session.Page, "Input.Password");
        await Expect(session.Page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = "登录" })).ToBeVisibleAsync();
        await session.AuditAsync("login");
    }

    [Theory]
    [InlineData("desktop")]
    [InlineData("phone")]
    public async Task Register_page_has_labelled_fields(string viewport)
    {
        await using var session = await app.OpenAsync(Viewport.Named(viewport));

        await session.GotoAsync("/account/register");

        foreach (var name in EnterpriseFlow.RegisterFields)
        {
            await Expect(session.Page.Locator($"[name='{name}']:not([type=hidden])").First).ToBeAttachedAsync();
        }

        foreach (var name in EnterpriseFlow.TextFields)
        {
            await Forms.FieldAsync(session.Page, name);
        }

        await session.AuditAsync("register");
    }

    [Fact]
    public async Task Wrong_password_is_refused_with_a_message_in_Chinese()
    {
        await using var session = await app.OpenAsync(Viewport.Desktop);

        await EnterpriseFlow.LogInAsync(session, "admin@demo.local", "wrong-password-1");

        await Expect(session.Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/login"));
        await Expect(session.Page.GetByRole(AriaRole.Alert).First).ToBeVisibleAsync();
        await session.AuditAsync("login-failed");
    }
}
