using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.Browser.Tests.Infrastructure;
using Portal.Core.Data;
using static Microsoft.Playwright.Assertions;

namespace Portal.Browser.Tests;

/// <summary>
/// A demand from order to rating in the browser: the enterprise submits it, staff dispatch it, the helper
/// takes and resolves it, the enterprise rates it. Every page is audited (axe, console) at desktop and phone size.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed partial class RedHelpDemandFlowTests(PortalApp app)
{
    private const string Enterprise = "enterprise@demo.local";
    private const string Staff = "staff@demo.local";
    private const string Helper = "helper@demo.local";

    [Fact]
    public async Task Enterprise_orders_staff_dispatch_the_helper_takes_and_resolves_and_the_enterprise_rates()
    {
        const string title = "浏览器测试：申请技改项目贴息";
        var helperId = await app.WithScopeAsync(s => s.GetRequiredService<CoreDbContext>().Users.Where(u => u.Email == Helper).Select(u => u.Id).SingleAsync());
        string demandPath;

        await using (var enterprise = await app.OpenAsync(Viewport.Desktop, Enterprise))
        {
            var page = enterprise.Page;
            await enterprise.GotoAsync("/my/demands/new");
            await enterprise.AuditAsync("redhelp-demand-new");
            await page.GetByLabel("需求类别").SelectOptionAsync(new SelectOptionValue { Label = "技术" });
            await page.GetByLabel("标题").FillAsync(title);
            await page.GetByLabel("需求描述").FillAsync("今年计划更新 20 台智能缝纫设备，想了解技改贴息的申请条件和材料。");
            await page.GetByLabel("紧急", new() { Exact = true }).CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "提交", Exact = true }).ClickAsync();

            await Expect(page).ToHaveURLAsync(DemandUrl());
            demandPath = new Uri(page.Url).AbsolutePath;
            await Expect(page.GetByTestId("demand-state")).ToHaveTextAsync("待受理");
            await enterprise.AuditAsync("redhelp-demand-submitted");
        }

        var id = demandPath[(demandPath.LastIndexOf('/') + 1)..];
        await using (var staff = await app.OpenAsync(Viewport.Desktop, Staff))
        {
            var page = staff.Page;
            await staff.GotoAsync("/admin/redhelp/dispatch");
            await staff.AuditAsync("redhelp-dispatch-queue");
            await page.GetByTestId("dispatch-queue").GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
            await Expect(page.GetByTestId("routing-proposal")).ToBeVisibleAsync();
            await staff.AuditAsync("redhelp-dispatch-detail");
            await page.GetByLabel("承办帮办员").SelectOptionAsync(new SelectOptionValue { Value = helperId });
            await page.GetByTestId("dispatch-form").GetByRole(AriaRole.Button, new() { Name = "派单" }).ClickAsync();
            await Expect(page.GetByTestId("demand-state")).ToHaveTextAsync("已派单");
        }

        await using (var helper = await app.OpenAsync(Viewport.Desktop, Helper))
        {
            var page = helper.Page;
            await helper.GotoAsync("/redhelp/work");
            await helper.AuditAsync("redhelp-work");
            await page.GetByTestId("work-open").GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
            await page.GetByTestId("take").ClickAsync();
            await Expect(page.GetByTestId("demand-state")).ToHaveTextAsync("办理中");
            await page.GetByLabel("办理结果（企业会看到）").FillAsync("已对接区工信局，企业符合技改贴息条件，申报材料清单已发给企业。");
            await page.GetByTestId("resolve-form").GetByRole(AriaRole.Button, new() { Name = "办结" }).ClickAsync();
            await Expect(page.GetByTestId("demand-state")).ToHaveTextAsync("已办结");
            await helper.AuditAsync("redhelp-work-detail");
            await helper.GotoAsync("/redhelp/work/visits");
            await helper.AuditAsync("redhelp-visits");
        }

        await using (var enterprise = await app.OpenAsync(Viewport.Desktop, Enterprise))
        {
            var page = enterprise.Page;
            await enterprise.GotoAsync(demandPath);
            await Expect(page.GetByTestId("demand-resolution")).ToContainTextAsync("技改贴息");
            await page.GetByLabel("非常满意", new() { Exact = true }).CheckAsync();
            await page.GetByLabel("评价内容（不满意时请说明原因）").FillAsync("答复及时，材料清单很清楚。");
            await page.GetByRole(AriaRole.Button, new() { Name = "提交评价" }).ClickAsync();
            await Expect(page.GetByTestId("demand-state")).ToHaveTextAsync("已回访");
            await Expect(page.GetByTestId("demand-timeline").Locator("li")).ToHaveCountAsync(5);
            await enterprise.AuditAsync("redhelp-demand-rated");
            await enterprise.GotoAsync("/my/demands");
            await enterprise.AuditAsync("redhelp-my-demands");
        }

        foreach (var (user, path, name) in new[]
        {
            (Enterprise, "/my/demands/new", "redhelp-demand-new"), (Enterprise, demandPath, "redhelp-demand-rated"), (Enterprise, "/my/demands", "redhelp-my-demands"),
            (Staff, "/admin/redhelp/dispatch", "redhelp-dispatch-queue"), (Staff, $"/admin/redhelp/dispatch/{id}", "redhelp-dispatch-detail"),
            (Helper, "/redhelp/work", "redhelp-work"), (Helper, $"/redhelp/work/{id}", "redhelp-work-detail"), (Helper, "/redhelp/work/visits", "redhelp-visits"),
        })
        {
            await using var phone = await app.OpenAsync(Viewport.Phone, user);
            await phone.GotoAsync(path);
            await phone.AuditAsync(name);
        }
    }

    [GeneratedRegex(@"/my/demands/\d+$")]
    private static partial Regex DemandUrl();
}
