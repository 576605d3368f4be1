using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Portal.Core.Enterprises;
using static Microsoft.Playwright.Assertions;

namespace Portal.Browser.Tests.Infrastructure;

/// <summary>The steps people take: log in through the form, register an enterprise.</summary>
internal static class EnterpriseFlow
{
    public static readonly string[] TextFields =
    [
        "Input.Email", "Input.Password", "Input.ConfirmPassword", "Input.DisplayName", "Input.EnterpriseName",
        "Input.CreditCode", "Input.FoundedYear", "Input.ContactPhone",
    ];

    public static readonly string[] RegisterFields =
        [.. TextFields, "Input.Segment", "Input.TownId", "Input.Size", "Input.AboveDesignatedSize"];

    public sealed record Registration(string Email, string Password, string EnterpriseName, string CreditCode);

    /// <summary>A new enterprise with a unique e-mail, name and a credit code whose check character is right.</summary>
    public static Registration NewRegistration()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var digits = string.Concat(Random.Shared.GetItems("0123456789".ToCharArray(), 11));
        var first17 = "913601" + digits;
        return new Registration(
            $"flow-{suffix}@example.com",
            "Flow2026pass",
            $"红纺链流程测试服饰有限公司{suffix}",
            first17 + CreditCode.CheckCharacter(first17));
    }

    public static async Task LogInAsync(BrowserSession session, string email, string password)
    {
        var page = session.Page;
        await session.GotoAsync("/account/login");
        await Forms.FillAsync(page, "Input.Email", email);
        await Forms.FillAsync(page, "Input.Password", password);
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
    }

    public static async Task RegisterAsync(BrowserSession session, Registration r)
    {
        var page = session.Page;
        await session.GotoAsync("/account/register");
        await Forms.FillAsync(page, "Input.Email", r.Email);
        await Forms.FillAsync(page, "Input.Password", r.Password);
        await Forms.FillAsync(page, "Input.ConfirmPassword", r.Password);
        await Forms.FillAsync(page, "Input.DisplayName", "流程测试 张晓");
        await Forms.FillAsync(page, "Input.EnterpriseName", r.EnterpriseName);
        await Forms.FillAsync(page, "Input.CreditCode", r.CreditCode);
        await Forms.ChooseAsync(page, "Input.Segment", Segment.Garment.ChineseName());
        await Forms.ChooseAsync(page, "Input.TownId");
        await Forms.ChooseAsync(page, "Input.Size");
        await (await Forms.FieldAsync(page, "Input.AboveDesignatedSize")).CheckAsync();
        await Forms.FillAsync(page, "Input.FoundedYear", "2016");
        await Forms.FillAsync(page, "Input.ContactPhone", "13807910000");
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { NameRegex = new Regex("注册") }).ClickAsync();
        await Expect(page).Not.ToHaveURLAsync(new Regex("/account/register$"));
    }
}
