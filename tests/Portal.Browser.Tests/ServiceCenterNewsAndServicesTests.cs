using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Portal.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Portal.Browser.Tests;

/// <summary>
/// The ServiceCenter's news and services as people use them: every page at desktop and phone size
/// (axe, console, screenshot), and an appointment from request to the enterprise's own list.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class ServiceCenterNewsAndServicesTests(PortalApp app)
{
    private const string Staff = "staff@demo.local";
    private const string Enterprise = "enterprise@demo.local";

    private static DateOnly ChinaToday => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    [Theory]
    [InlineData("desktop")]
    [InlineData("phone")]
    public async Task Public_news_and_services_pages(string viewport)
    {
        await using var session = await app.OpenAsync(Viewport.Named(viewport));
        var page = session.Page;

        await session.GotoAsync("/news");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("新闻动态");
        await Expect(page.GetByTestId("news-item")).ToHaveCountAsync(10);
        await session.AuditAsync("news");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "新闻栏目" }).GetByRole(AriaRole.Link, new() { Name = "展销会" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/news\\?category=expo$"));
        await page.GetByTestId("news-item").First.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(page.Locator("img.news-cover")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "上一篇与下一篇" })).ToBeVisibleAsync();
        await session.AuditAsync("news-article");

        await session.GotoAsync("/services");
        await Expect(page.GetByTestId("service-card").First).ToBeVisibleAsync();
        await session.AuditAsync("services");

        await session.GotoAsync("/services/textile-testing");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "登录后预约" })).ToBeVisibleAsync();
        await session.AuditAsync("service-anonymous");
    }

    [Theory]
    [InlineData("desktop")]
    [InlineData("phone")]
    public async Task The_enterprise_sees_the_form_and_its_appointments(string viewport)
    {
        await using var session = await app.OpenAsync(Viewport.Named(viewport), signedInAs: Enterprise);
        var page = session.Page;

        await session.GotoAsync("/services/fabric-library");
        await Forms.FieldAsync(page, "Input.Need");
        await session.AuditAsync("service");

        await session.GotoAsync("/my/appointments");
        await Expect(page.GetByTestId("appointment").First).ToBeVisibleAsync();
        await session.AuditAsync("my-appointments");
    }

    [Theory]
    [InlineData("desktop")]
    [InlineData("phone")]
    public async Task Staff_pages_for_news_services_and_appointments(string viewport)
    {
        await using var session = await app.OpenAsync(Viewport.Named(viewport), signedInAs: Staff);
        var page = session.Page;
        var main = page.GetByRole(AriaRole.Main);

        await session.GotoAsync("/admin/showcase/news");
        await Expect(page.GetByTestId("admin-news-row").First).ToBeVisibleAsync();
        await session.AuditAsync("admin-news");
        await page.GetByTestId("admin-news-row").First.GetByRole(AriaRole.Link).First.ClickAsync();
        await Expect(page.GetByTestId("news-state")).ToBeVisibleAsync();
        await session.AuditAsync("admin-news-edit");

        await session.GotoAsync("/admin/showcase/services");
        await session.AuditAsync("admin-services");
        await main.GetByRole(AriaRole.Link, new() { Name = "纺织品检验检测" }).ClickAsync();
        await Expect(page.GetByLabel("服务名称")).ToHaveValueAsync("纺织品检验检测");
        await session.AuditAsync("admin-services-edit");

        await session.GotoAsync("/admin/showcase/appointments");
        await session.AuditAsync("admin-appointments");
        await page.GetByTestId("admin-appointment-row").First.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(page.GetByTestId("appointment-state")).ToHaveTextAsync("待安排");
        await session.AuditAsync("admin-appointment");
    }

    [Fact]
    public async Task The_news_editor_previews_the_body_live()
    {
        await using var session = await app.OpenAsync(Viewport.Desktop, signedInAs: Staff);
        var page = session.Page;
        await session.GotoAsync("/admin/showcase/news/edit");

        await Forms.FillAsync(page, "Input.Body", "## 小标题\n\n**加粗** <script>alert(1)</script>");

        var preview = page.Locator("[data-preview-target]");
        await Expect(preview.GetByRole(AriaRole.Heading, new() { Name = "小标题" })).ToBeVisibleAsync();
        await Expect(preview.Locator("strong")).ToHaveTextAsync("加粗");
        await Expect(preview).ToContainTextAsync("<script>alert(1)</script>");
        await session.AuditAsync("admin-news-new");
    }

    [Fact]
    public async Task An_enterprise_requests_staff_schedule_and_the_enterprise_sees_the_time_and_place()
    {
        var need = $"浏览器测试 {Guid.NewGuid():N}：检测 3 个面料样品";
        var day = ChinaToday.AddDays(4).ToString("yyyy-MM-dd");

        await using (var enterprise = await app.OpenAsync(Viewport.Desktop, signedInAs: Enterprise))
        {
            var page = enterprise.Page;
            await enterprise.GotoAsync("/services/textile-testing");
            await Forms.ChooseAsync(page, "Input.ServiceId", "纺织品检验检测");
            await Forms.FillAsync(page, "Input.PreferredFrom", ChinaToday.AddDays(2).ToString("yyyy-MM-dd"));
            await Forms.FillAsync(page, "Input.PreferredTo", ChinaToday.AddDays(10).ToString("yyyy-MM-dd"));
            await Forms.FillAsync(page, "Input.Need", need);
            await page.GetByRole(AriaRole.Button, new() { Name = "提交预约" }).ClickAsync();

            await Expect(page).ToHaveURLAsync(new Regex("/my/appointments$"));
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("预约已提交");
            await Expect(page.GetByTestId("appointment").Filter(new() { HasText = need })).ToContainTextAsync("待安排");
        }

        await using (var staff = await app.OpenAsync(Viewport.Desktop, signedInAs: Staff))
        {
            var page = staff.Page;
            await staff.GotoAsync("/admin/showcase/appointments?state=requested");
            await page.GetByTestId("admin-appointment-row").Last.GetByRole(AriaRole.Link).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync(need);
            await Forms.FillAsync(page, "Date", day);
            await Forms.FillAsync(page, "Time", "10:30");
            await Forms.FillAsync(page, "Place", "检测实验室送样窗口");
            await page.GetByRole(AriaRole.Button, new() { Name = "确认安排" }).ClickAsync();

            await Expect(page.GetByTestId("appointment-state")).ToHaveTextAsync("已安排");
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("已通知企业");
        }

        await using (var enterprise = await app.OpenAsync(Viewport.Desktop, signedInAs: Enterprise))
        {
            var page = enterprise.Page;
            await enterprise.GotoAsync("/my/appointments");
            var card = page.GetByTestId("appointment").Filter(new() { HasText = need });
            await Expect(card).ToContainTextAsync("已安排");
            await Expect(card.GetByTestId("scheduled-at")).ToHaveTextAsync($"{day} 10:30");
            await Expect(card.GetByTestId("place")).ToHaveTextAsync("检测实验室送样窗口");
            await enterprise.AuditAsync("my-appointments-scheduled");
        }
    }
}
