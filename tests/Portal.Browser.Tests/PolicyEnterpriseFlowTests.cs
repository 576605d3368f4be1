using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Portal.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Portal.Browser.Tests;

/// <summary>
/// The demo enterprise (verified) logs in through the form, sees on /my/policies the open policies its profile meets,
/// each with its reasons and days left (the same days the policy's own page gives), then sets a filter on /policies,
/// follows it and finds it on /my/policies/subscriptions. Runs at desktop and phone size; every page is audited.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class PolicyEnterpriseFlowTests(PortalApp app)
{
    private const string Enterprise = "enterprise@demo.local";
    private const string Password = "Demo#2026";

    [Theory]
    [InlineData("desktop", "人才奖励", "每日摘要")]
    [InlineData("phone", "资金奖励", "即时")]
    public async Task A_verified_enterprise_sees_its_matches_with_reasons_and_days_left_and_follows_a_filter(string viewport, string type, string frequency)
    {
        await using var session = await app.OpenAsync(Viewport.Named(viewport));
        var page = session.Page;
        await EnterpriseFlow.LogInAsync(session, Enterprise, Password);
        await Expect(page).Not.ToHaveURLAsync(new Regex("/account/login"));

        await session.GotoAsync("/my/policies");
        await Expect(page.GetByTestId("match-summary")).ToContainTextAsync("项正在申报或可直接享受的政策符合贵企业条件");
        var matches = page.GetByTestId("policy-match");
        await Expect(matches.First).ToBeVisibleAsync();
        var count = await matches.CountAsync();
        await Expect(page.GetByTestId("match-summary")).ToContainTextAsync($"：{count} 项");
        await Expect(matches.Filter(new() { Has = page.GetByTestId("match-reasons").Locator("li") })).ToHaveCountAsync(count);
        await session.AuditAsync("policies-my-matches");

        // A match's days left are the policy's own: its page says the same.
        var withDays = matches.Filter(new() { Has = page.GetByTestId("days-left") }).First;
        var daysLeft = await withDays.GetByTestId("days-left").InnerTextAsync();
        Assert.Matches(@"^还剩 \d+ 天$", daysLeft);
        await withDays.Locator("h2 a").ClickAsync();
        await Expect(page.GetByTestId("policy-window")).ToContainTextAsync(daysLeft);

        // Follow a filter set on the finder.
        await session.GotoAsync("/policies");
        await Expect(page.GetByTestId("follow-filter")).ToHaveCountAsync(0); // nothing to follow before a filter is set
        var facet = page.GetByTestId("facet-type").Filter(new() { HasTextRegex = new Regex($@"^\s*{type}\s*\(") });
        await facet.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("[?&]type="));
        var follow = page.GetByTestId("follow-filter");
        await Expect(follow).ToBeVisibleAsync();
        await session.AuditAsync("policies-follow");
        var name = $"{type}（{viewport}）";
        await follow.GetByLabel("订阅名称（可选）").FillAsync(name);
        await follow.GetByLabel(frequency, new() { Exact = true }).CheckAsync();
        await follow.GetByRole(AriaRole.Button, new() { Name = "订阅此筛选" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/my/policies/subscriptions\\?done=followed$"));
        await Expect(page.GetByTestId("subscription-message")).ToContainTextAsync("已订阅");
        var row = page.GetByTestId("subscriptions").Locator("tbody tr").Filter(new() { Has = page.GetByTestId("subscription-label").GetByText($"支持方式：{type}") });
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row.Locator("td[data-label='通知方式']")).ToHaveTextAsync(frequency);
        await Expect(row.GetByLabel("订阅名称")).ToHaveValueAsync(name);
        await session.AuditAsync("policies-my-subscriptions");

        // The subscription leads back to the same filtered list.
        await row.GetByTestId("subscription-label").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/policies\\?.*type="));
        await Expect(page.GetByTestId("facet-type").And(page.Locator("[aria-current=true]"))).ToContainTextAsync(type);
    }
}
