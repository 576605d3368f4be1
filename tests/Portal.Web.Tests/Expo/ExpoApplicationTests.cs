using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Security;
using Portal.Modules.Expo.Domain;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests.Expo;

/// <summary>
/// A verified enterprise applies for booths through the real pages (antiforgery, redirects), sees its
/// applications and cancels; bad input is refused with a clear message and nothing is saved.
/// </summary>
[Collection(ExpoCollection.Name)]
public sealed partial class ExpoApplicationTests(ExpoFactory factory)
{
    private const string Open = "/expo/winter-2026";
    private const string Apply = Open + "/apply";

    private static List<(int Id, string Code)> AvailableBooths(string html) =>
        BoothBox().Matches(html).Select(m => (int.Parse(m.Groups["id"].Value), m.Groups["code"].Value)).ToList();

    private static Dictionary<string, string> Fields(string products = "针织羊绒衫、功能面料", params int[] booths)
    {
        var fields = new Dictionary<string, string> { ["Products"] = products, ["Note"] = "需要靠近通道" };
        for (var i = 0; i < booths.Length; i++)
        {
            fields[$"BoothIds[{i}]"] = booths[i].ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return fields;
    }

    private Task<int> ApplicationCountAsync() => factory.ExpoDbAsync(db => db.Applications.CountAsync());

    [Fact]
    public async Task A_verified_enterprise_applies_for_a_booth_on_the_map_sees_it_pending_and_cancels_it()
    {
        var (client, _, enterpriseId) = await factory.NewEnterpriseAsync();
        var form = await ExpoFactory.HtmlAsync(client, Apply);
        Assert.Contains("data-booth-picker", form);
        Assert.Contains("data-testid=\"booth-map\"", form);
        var booths = AvailableBooths(form);
        Assert.True(booths.Count >= 2, "available booths are offered as checkboxes");

        var response = await Forms.PostAsync(client, Apply, Fields(booths: [booths[1].Id, booths[0].Id]));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.Matches("^/my/expo/applications/\\d+$", location);
        var saved = await factory.ExpoDbAsync(db => db.Applications.Include(a => a.Preferences).SingleAsync(a => a.EnterpriseId == enterpriseId));
        Assert.Equal(ApplicationState.Pending, saved.State);
        Assert.Null(saved.BoothId);
        Assert.Equal([booths[1].Id, booths[0].Id], saved.Preferences.OrderBy(p => p.Rank).Select(p => p.BoothId));
        var page = await ExpoFactory.HtmlAsync(client, location);
        Assert.Contains("申请已提交，请等待服务中心审核。", page);
        Assert.Contains("待审核", page);
        Assert.Contains($"{booths[1].Code}、{booths[0].Code}", page);
        Assert.DoesNotContain("data-testid=\"qr-code\"", page);

        var mine = await ExpoFactory.HtmlAsync(client, "/my/expo");
        Assert.Contains("data-state=\"pending\"", mine);
        var cancelled = await Forms.PostAsync(client, "/my/expo", new Dictionary<string, string> { ["id"] = $"{saved.Id}" }, "/my/expo?handler=Cancel");
        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        Assert.Contains("申请已取消。", await ExpoFactory.HtmlAsync(client, "/my/expo"));
        Assert.Equal(ApplicationState.Cancelled, await factory.ExpoDbAsync(db => db.Applications.Where(a => a.Id == saved.Id).Select(a => a.State).SingleAsync()));
    }

    [Fact]
    public async Task Bad_applications_are_refused_with_a_clear_message_and_nothing_is_saved()
    {
        var (client, _, _) = await factory.NewEnterpriseAsync();
        var booths = AvailableBooths(await ExpoFactory.HtmlAsync(client, Apply));
        var otherHallBooth = await factory.ExpoDbAsync(db => db.Expos.Where(e => e.Slug == "winter-2026")
            .SelectMany(e => db.Booths.Where(b => b.HallId != e.HallId)).Select(b => b.Id).FirstAsync());
        var before = await ApplicationCountAsync();

        var cases = new (Dictionary<string, string> Fields, string Message)[]
        {
            (Fields(), "请在展位图上选择 1 至 3 个意向展位。"),
            (Fields(booths: [booths[0].Id, booths[1].Id, booths[2].Id, booths[3].Id]), "请在展位图上选择 1 至 3 个意向展位。"),
            (Fields(booths: otherHallBooth), "所选展位不属于本届展销会或暂不可用。"),
            (Fields(booths: 987654), "所选展位不属于本届展销会或暂不可用。"),
            (Fields(products: "  ", booths: booths[0].Id), "请填写参展产品（1000 字以内），备注不超过 1000 字。"),
            (Fields(products: new string('布', 1001), booths: booths[0].Id), "请填写参展产品（1000 字以内），备注不超过 1000 字。"),
            (new Dictionary<string, string> { ["BoothIds"] = "abc", ["Products"] = "x" }, "请在展位图上选择 1 至 3 个意向展位。"),
        };
        foreach (var (fields, message) in cases)
        {
            var response = await Forms.PostAsync(client, Apply, fields);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains(message, await ExpoFactory.BodyAsync(response));
        }

        Assert.Equal(before, await ApplicationCountAsync());
    }

    [Fact]
    public async Task The_booth_cap_is_enforced_per_enterprise()
    {
        var (client, _, enterpriseId) = await factory.NewEnterpriseAsync();
        var booths = AvailableBooths(await ExpoFactory.HtmlAsync(client, Apply));
        var cap = await factory.ExpoDbAsync(db => db.Expos.Where(e => e.Slug == "winter-2026").Select(e => e.BoothCap).SingleAsync());
        for (var i = 0; i < cap; i++)
        {
            Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(client, Apply, Fields(booths: booths[i].Id))).StatusCode);
        }

        var refused = await Forms.PostAsync(client, Apply, Fields(booths: booths[cap].Id));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains($"每家企业在本届展销会最多可申请 {cap} 个展位。", await ExpoFactory.BodyAsync(refused));
        Assert.Equal(cap, await factory.ExpoDbAsync(db => db.Applications.CountAsync(a => a.EnterpriseId == enterpriseId)));
    }

    [Fact]
    public async Task An_expo_outside_its_window_takes_no_application()
    {
        var (client, _, _) = await factory.NewEnterpriseAsync();
        const string notYet = "/expo/spring-festival-2027/apply";
        var page = await ExpoFactory.HtmlAsync(client, notYet);
        Assert.Contains("该展销会当前不在报名时间内。", page);
        Assert.DoesNotContain("data-booth-picker", page);
        var boothId = await factory.ExpoDbAsync(db => db.OfferedBooths.Where(o => o.ExpoId == db.Expos.Single(e => e.Slug == "spring-festival-2027").Id)
            .Select(o => o.BoothId).FirstAsync());
        var before = await ApplicationCountAsync();

        var refused = await Forms.PostAnywayAsync(client, notYet, Fields(booths: boothId), notYet);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("该展销会当前不在报名时间内。", await ExpoFactory.BodyAsync(refused));
        Assert.Equal(before, await ApplicationCountAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/expo/fabrics-2027/apply")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/expo/no-such-expo/apply")).StatusCode);
    }

    [Fact]
    public async Task An_unverified_enterprise_or_a_user_without_one_is_told_why_and_cannot_apply()
    {
        var (unverified, _, _) = await factory.NewEnterpriseAsync(verified: false);
        var (noEnterprise, _) = await TestUsers.SignedInAsync(factory, PortalRoles.Enterprise);
        var boothId = AvailableBooths(await ExpoFactory.HtmlAsync((await factory.NewEnterpriseAsync()).Client, Apply))[0].Id;
        var before = await ApplicationCountAsync();

        foreach (var (client, says) in new[] { (unverified, "尚未通过认证"), (noEnterprise, "您的账号没有关联企业") })
        {
            var page = await ExpoFactory.HtmlAsync(client, Apply);
            Assert.Contains(says, page);
            Assert.DoesNotContain("data-booth-picker", page);
            var refused = await Forms.PostAnywayAsync(client, Apply, Fields(booths: boothId), Apply);
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.Contains("企业通过认证后才能申请展位。", await ExpoFactory.BodyAsync(refused));
            Assert.Contains(says, await ExpoFactory.HtmlAsync(client, "/my/expo"));
        }

        Assert.Equal(before, await ApplicationCountAsync());
        using var anonymous = factory.CreatePortalClient();
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync(Apply)).StatusCode);
    }

    [Fact]
    public async Task The_confirmation_of_an_approved_booth_has_the_booth_a_map_excerpt_the_calendar_and_a_qr_code()
    {
        var (client, _, _) = await factory.NewEnterpriseAsync();
        var booth = AvailableBooths(await ExpoFactory.HtmlAsync(client, Apply))[0];
        var created = await Forms.PostAsync(client, Apply, Fields(booths: booth.Id));
        var location = created.Headers.Location!.OriginalString;
        var id = int.Parse(location[(location.LastIndexOf('/') + 1)..]);
        await factory.ExpoDbAsync(async db =>
        {
            var application = await db.Applications.SingleAsync(a => a.Id == id);
            application.State = ApplicationState.Approved;
            application.BoothId = booth.Id;
            application.CheckInCode = "TESTQR2345";
            return await db.SaveChangesAsync();
        });

        var page = await ExpoFactory.HtmlAsync(client, location);

        Assert.Contains("参展确认函", page);
        Assert.Matches($"data-testid=\"confirmed-booth\"><strong>{booth.Code}</strong>", page);
        Assert.Contains("data-testid=\"booth-excerpt\"", page);
        Assert.Contains($"★ {booth.Code}", page);
        Assert.Contains("href=\"/expo/winter-2026.ics\"", page);
        Assert.Matches("<img src=\"data:image/png;base64,[A-Za-z0-9+/=]{200,}\"", page);
        Assert.Contains("TESTQR2345", page);
        Assert.DoesNotContain($">{id}<", page);

        var (stranger, _, _) = await factory.NewEnterpriseAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(location)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/my/expo/applications/999999")).StatusCode);
    }

    [GeneratedRegex("name=\"BoothIds\" id=\"booth-\\d+\" value=\"(?<id>\\d+)\" data-code=\"(?<code>[^\"]+)\"")]
    private static partial Regex BoothBox();
}
