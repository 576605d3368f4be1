using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Notifications;
using Portal.Core.Security;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests.ServiceCenter;

/// <summary>The demo enterprise requests a service through the page; staff schedule it; the enterprise's inbox has the notice.</summary>
[Collection(CenterCollection.Name)]
public sealed partial class AppointmentFlowTests(CenterFactory factory)
{
    private static DateOnly ChinaToday => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    [Fact]
    public async Task Request_then_schedule_notifies_the_enterprise_and_a_stale_form_is_refused()
    {
        using var enterprise = await Accounts.ClientAsync(factory, PortalRoles.Enterprise);
        var need = $"网页测试：{Guid.NewGuid():N} 需要色牢度检测";
        var detail = await HtmlAsync(enterprise, "/services/textile-testing");
        var serviceId = ServiceOption().Match(detail).Groups[1].Value;

        var requested = await Forms.PostAsync(enterprise, "/services/textile-testing", new Dictionary<string, string>
        {
            ["Input.ServiceId"] = serviceId,
            ["Input.PreferredFrom"] = ChinaToday.AddDays(2).ToString("yyyy-MM-dd"),
            ["Input.PreferredTo"] = ChinaToday.AddDays(9).ToString("yyyy-MM-dd"),
            ["Input.Need"] = need,
        });
        Assert.True(requested.StatusCode == HttpStatusCode.Redirect, await requested.Content.ReadAsStringAsync());
        Assert.Equal("/my/appointments", requested.Headers.Location?.OriginalString);
        Assert.Contains(need, await HtmlAsync(enterprise, "/my/appointments"));

        using var staff = await Accounts.ClientAsync(factory, PortalRoles.Staff);
        var queue = await HtmlAsync(staff, "/admin/showcase/appointments?state=requested");
        var id = DetailLink().Matches(queue).Select(m => int.Parse(m.Groups[1].Value)).Max();
        var path = $"/admin/showcase/appointments/{id}";
        var page = WebUtility.HtmlDecode(await HtmlAsync(staff, path));
        Assert.Contains(need, page);
        var version = VersionField().Match(page).Groups[1].Value;
        var day = ChinaToday.AddDays(3).ToString("yyyy-MM-dd");
        var fields = new Dictionary<string, string> { ["Version"] = version, ["Date"] = day, ["Time"] = "14:30", ["Place"] = "检测实验室送样窗口" };

        var scheduled = await Forms.PostAsync(staff, path, fields, $"{path}?handler=Schedule");
        var stale = await Forms.PostAsync(staff, path, fields, $"{path}?handler=Schedule");

        Assert.Equal(HttpStatusCode.Redirect, scheduled.StatusCode);
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("该预约已被其他人修改，请刷新后再操作。", WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync()));

        var inbox = WebUtility.HtmlDecode(await HtmlAsync(enterprise, "/my/inbox"));
        Assert.Contains("服务预约已安排", inbox);
        var mine = WebUtility.HtmlDecode(await HtmlAsync(enterprise, "/my/appointments"));
        Assert.Contains($"{day} 14:30", mine);
        Assert.Contains("检测实验室送样窗口", mine);

        // The e-mail half of the notice: the outbox is delivered to the loopback SMTP server.
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().DispatchAsync();
        }

        Assert.Contains(factory.Smtp.Messages, m => m.Subject == "服务预约已安排" && m.To.ToString().Contains("enterprise@demo.local"));
    }

    [Fact]
    public async Task A_request_with_reversed_dates_is_refused_in_Chinese_and_anonymous_visitors_get_a_login_link()
    {
        using var enterprise = await Accounts.ClientAsync(factory, PortalRoles.Enterprise);
        var before = Regex.Matches(await HtmlAsync(enterprise, "/my/appointments"), "data-testid=\"appointment\"").Count;
        var detail = await HtmlAsync(enterprise, "/services/creative-design");

        var refused = await Forms.PostAsync(enterprise, "/services/creative-design", new Dictionary<string, string>
        {
            ["Input.ServiceId"] = ServiceOption().Match(detail).Groups[1].Value,
            ["Input.PreferredFrom"] = ChinaToday.AddDays(9).ToString("yyyy-MM-dd"),
            ["Input.PreferredTo"] = ChinaToday.AddDays(2).ToString("yyyy-MM-dd"),
            ["Input.Need"] = "改款设计",
        });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("结束日期不能早于开始日期。", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
        Assert.Equal(before, Regex.Matches(await HtmlAsync(enterprise, "/my/appointments"), "data-testid=\"appointment\"").Count);

        using var anonymous = factory.CreatePortalClient();
        var html = await HtmlAsync(anonymous, "/services/creative-design");
        Assert.Contains("href=\"/account/login?returnUrl=%2Fservices%2Fcreative-design\"", html);
        Assert.DoesNotContain("name=\"Input.Need\"", html);
        using var helper = await Accounts.ClientAsync(factory, PortalRoles.Helper);
        Assert.Contains("data-testid=\"cannot-book\"", await HtmlAsync(helper, "/services/creative-design"));
    }

    [Fact]
    public async Task The_enterprise_withdraws_a_request_it_has_made_with_a_reason()
    {
        using var enterprise = await Accounts.ClientAsync(factory, PortalRoles.Enterprise);
        var mine = await HtmlAsync(enterprise, "/my/appointments");
        var action = WebUtility.HtmlDecode(CancelForm().Match(mine).Groups[1].Value);
        Assert.NotEmpty(action);

        var noReason = await Forms.PostAsync(enterprise, "/my/appointments", new Dictionary<string, string> { ["Reason"] = "" }, action);
        var withdrawn = await Forms.PostAsync(enterprise, "/my/appointments", new Dictionary<string, string> { ["Reason"] = "生产计划调整，暂不需要" }, action);

        Assert.Equal(HttpStatusCode.OK, noReason.StatusCode);
        Assert.Contains("请填写取消的理由", WebUtility.HtmlDecode(await noReason.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        Assert.Contains("生产计划调整，暂不需要", WebUtility.HtmlDecode(await HtmlAsync(enterprise, "/my/appointments")));
    }

    [Fact]
    public async Task The_catalogue_groups_active_services_and_reports_the_delivered_count()
    {
        using var client = factory.CreatePortalClient();

        var html = WebUtility.HtmlDecode(await HtmlAsync(client, "/services"));

        Assert.Contains("纺织品检验检测", html);
        Assert.Contains("面料展示与选样", html);
        Assert.DoesNotContain("样衣制作", html);
        Assert.True(int.Parse(Delivered().Match(html).Groups[1].Value) >= 380);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/services/sample-making")).StatusCode);
    }

    private static async Task<string> HtmlAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode}");
        return await response.Content.ReadAsStringAsync();
    }

    [GeneratedRegex("<option(?=[^>]*\\bselected\\b)[^>]*value=\"(\\d+)\"")]
    private static partial Regex ServiceOption();

    [GeneratedRegex("href=\"/admin/showcase/appointments/(\\d+)\"")]
    private static partial Regex DetailLink();

    [GeneratedRegex("name=\"Version\" value=\"(\\d+)\"")]
    private static partial Regex VersionField();

    [GeneratedRegex("<form method=\"post\" action=\"(/my/appointments\\?[^\"]*handler=Cancel[^\"]*)\"")]
    private static partial Regex CancelForm();

    [GeneratedRegex("data-testid=\"services-delivered\">(\\d+)<")]
    private static partial Regex Delivered();
}
