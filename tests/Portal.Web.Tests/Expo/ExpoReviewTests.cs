using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Security;
using Portal.Modules.Expo.Domain;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests.Expo;

/// <summary>
/// Staff review through the real pages: two enterprises want one booth, one approval waitlists the other,
/// a second approval of the booth is a message (never a 500), staff cancel, the waitlisted one accepts the
/// offer; the check-in code works once.
/// </summary>
[Collection(ExpoCollection.Name)]
public sealed partial class ExpoReviewTests(ExpoFactory factory)
{
    private const string Apply = "/expo/winter-2026/apply";

    private static string Review(int id) => $"/admin/expo/applications/{id}";

    private async Task<(HttpClient Client, int ApplicationId)> ApplyAsync(int boothId)
    {
        var (client, _, _) = await factory.NewEnterpriseAsync();
        var response = await Forms.PostAsync(client, Apply, new Dictionary<string, string> { ["BoothIds[0]"] = $"{boothId}", ["Products"] = "色织面料" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        return (client, int.Parse(location[(location.LastIndexOf('/') + 1)..]));
    }

    private Task<BoothApplication> ApplicationAsync(int id) => factory.ExpoDbAsync(db => db.Applications.AsNoTracking().SingleAsync(a => a.Id == id));

    /// <summary>A booth of the open expo that nobody holds and no pending or waitlisted application wishes for.</summary>
    private async Task<int> FreeBoothAsync() => await factory.ExpoDbAsync(async db =>
    {
        var expo = await db.Expos.SingleAsync(e => e.Slug == "winter-2026");
        var applications = await db.Applications.Include(a => a.Preferences).Where(a => a.ExpoId == expo.Id).ToListAsync();
        var busy = applications.Where(a => a.State is ApplicationState.Pending or ApplicationState.Waitlisted).SelectMany(a => a.Preferences.Select(p => p.BoothId))
            .Concat(applications.Where(a => a.BoothId != null && a.State is not (ApplicationState.Rejected or ApplicationState.Cancelled)).Select(a => a.BoothId!.Value))
            .ToHashSet();
        var offered = await db.OfferedBooths.Where(o => o.ExpoId == expo.Id && !o.Booth!.IsBlocked).Select(o => o.BoothId).ToListAsync();
        return offered.First(id => !busy.Contains(id));
    });

    [Fact]
    public async Task One_approval_waitlists_the_rival_a_second_approval_is_refused_and_a_cancel_offers_the_booth_on()
    {
        var booth = await FreeBoothAsync();
        var (first, firstId) = await ApplyAsync(booth);
        var (second, secondId) = await ApplyAsync(booth);
        using var staff = await Accounts.ClientAsync(factory, PortalRoles.Staff);

        var queue = await ExpoFactory.HtmlAsync(staff, "/admin/expo/winter-2026/applications?state=pending");
        Assert.Contains($"href=\"{Review(firstId)}\"", queue);
        var review = await ExpoFactory.HtmlAsync(staff, Review(firstId));
        Assert.Contains("data-testid=\"competitors\"", review);
        var approved = await Forms.PostAsync(staff, Review(firstId), new Dictionary<string, string> { ["BoothId"] = $"{booth}" }, $"{Review(firstId)}?handler=Approve");

        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        var winner = await ApplicationAsync(firstId);
        Assert.Equal(ApplicationState.Approved, winner.State);
        Assert.Equal(booth, winner.BoothId);
        Assert.Matches("^[A-Z2-9]{10}$", winner.CheckInCode);
        Assert.Equal(ApplicationState.Waitlisted, (await ApplicationAsync(secondId)).State);
        Assert.Contains("展位申请已确认", await ExpoFactory.HtmlAsync(first, "/my/inbox"));
        Assert.Contains("展位申请已列入候补", await ExpoFactory.HtmlAsync(second, "/my/inbox"));
        Assert.Contains("确认并分配展位", await ExpoFactory.HtmlAsync(staff, Review(firstId)));

        // The rival approved onto the same booth: the database says no, the page says why.
        var clash = await Forms.PostAsync(staff, Review(secondId), new Dictionary<string, string> { ["BoothId"] = $"{booth}" }, $"{Review(secondId)}?handler=Approve");
        Assert.Equal(HttpStatusCode.OK, clash.StatusCode);
        Assert.Contains("该展位刚刚已分配给其他企业，请选择其他展位。", await ExpoFactory.BodyAsync(clash));
        Assert.Equal(1, await factory.ExpoDbAsync(db => db.Applications.CountAsync(a => a.ExpoId == winner.ExpoId && a.BoothId == booth && a.State == ApplicationState.Approved)));

        var noReason = await Forms.PostAnywayAsync(staff, Review(firstId), new Dictionary<string, string> { ["Reason"] = " " }, $"{Review(firstId)}?handler=Cancel");
        Assert.Equal(HttpStatusCode.OK, noReason.StatusCode);
        Assert.Contains("请填写理由（500 字以内）。", await ExpoFactory.BodyAsync(noReason));
        Assert.Equal(ApplicationState.Approved, (await ApplicationAsync(firstId)).State);

        var cancelled = await Forms.PostAnywayAsync(staff, Review(firstId), new Dictionary<string, string> { ["Reason"] = "企业未按期缴纳展位费" }, $"{Review(firstId)}?handler=Cancel");
        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        Assert.Equal(ApplicationState.Cancelled, (await ApplicationAsync(firstId)).State);
        var offered = await ApplicationAsync(secondId);
        Assert.Equal(booth, offered.BoothId);
        Assert.NotNull(offered.OfferExpiresAt);

        var mine = await ExpoFactory.HtmlAsync(second, "/my/expo");
        Assert.Contains("data-testid=\"offer\"", mine);
        var accepted = await Forms.PostAsync(second, "/my/expo", new Dictionary<string, string> { ["id"] = $"{secondId}" }, "/my/expo?handler=Accept");
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal(ApplicationState.Approved, (await ApplicationAsync(secondId)).State);
        Assert.Contains("工作人员取消", await ExpoFactory.HtmlAsync(staff, Review(firstId)));
    }

    [Fact]
    public async Task Reject_needs_a_reason_and_waitlist_moves_a_pending_application()
    {
        var (_, rejectId) = await ApplyAsync(await FreeBoothAsync());
        var (_, waitId) = await ApplyAsync(await FreeBoothAsync());
        using var staff = await Accounts.ClientAsync(factory, PortalRoles.Staff);

        var bare = await Forms.PostAnywayAsync(staff, Review(rejectId), new Dictionary<string, string> { ["Reason"] = "" }, $"{Review(rejectId)}?handler=Reject");
        Assert.Contains("请填写理由（500 字以内）。", await ExpoFactory.BodyAsync(bare));
        Assert.Equal(ApplicationState.Pending, (await ApplicationAsync(rejectId)).State);
        var noBooth = await Forms.PostAsync(staff, Review(rejectId), new Dictionary<string, string> { ["BoothId"] = "" }, $"{Review(rejectId)}?handler=Approve");
        Assert.Contains("请选择要分配的展位。", await ExpoFactory.BodyAsync(noBooth));
        var otherExpoBooth = await factory.ExpoDbAsync(db => db.Booths.Where(b => !db.OfferedBooths.Any(o => o.BoothId == b.Id && o.ExpoId == db.Expos.Single(e => e.Slug == "winter-2026").Id)).Select(b => b.Id).FirstAsync());
        var foreign = await Forms.PostAsync(staff, Review(rejectId), new Dictionary<string, string> { ["BoothId"] = $"{otherExpoBooth}" }, $"{Review(rejectId)}?handler=Approve");
        Assert.Contains("该展位不属于本届展销会或暂不可用。", await ExpoFactory.BodyAsync(foreign));

        var rejected = await Forms.PostAnywayAsync(staff, Review(rejectId), new Dictionary<string, string> { ["Reason"] = "产品与主题不符" }, $"{Review(rejectId)}?handler=Reject");
        Assert.Equal(HttpStatusCode.Redirect, rejected.StatusCode);
        Assert.Equal(ApplicationState.Rejected, (await ApplicationAsync(rejectId)).State);
        var twice = await Forms.PostAnywayAsync(staff, Review(rejectId), new Dictionary<string, string> { ["Reason"] = "再次" }, $"{Review(rejectId)}?handler=Reject");
        Assert.Equal(HttpStatusCode.OK, twice.StatusCode);
        Assert.Contains("可能已被其他人处理", await ExpoFactory.BodyAsync(twice));

        var waited = await Forms.PostAsync(staff, Review(waitId), [], $"{Review(waitId)}?handler=Waitlist");
        Assert.Equal(HttpStatusCode.Redirect, waited.StatusCode);
        Assert.Equal(ApplicationState.Waitlisted, (await ApplicationAsync(waitId)).State);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync(Review(999999))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync("/admin/expo/no-such/applications")).StatusCode);
    }

    [Fact]
    public async Task A_check_in_code_works_once_and_the_second_scan_says_when()
    {
        var (enterprise, id) = await ApplyAsync(await FreeBoothAsync());
        using var staff = await Accounts.ClientAsync(factory, PortalRoles.Staff);
        var app = await factory.ExpoDbAsync(db => db.Applications.Include(a => a.Preferences).SingleAsync(a => a.Id == id));
        await Forms.PostAsync(staff, Review(id), new Dictionary<string, string> { ["BoothId"] = $"{app.Preferences[0].BoothId}" }, $"{Review(id)}?handler=Approve");
        var code = (await ApplicationAsync(id)).CheckInCode!;
        var confirmation = await ExpoFactory.HtmlAsync(enterprise, $"/my/expo/applications/{id}");
        Assert.Contains(code, confirmation);

        Assert.Equal(HttpStatusCode.Forbidden, (await enterprise.GetAsync("/admin/expo/check-in")).StatusCode);
        var unknown = await Forms.PostAsync(staff, "/admin/expo/check-in", new Dictionary<string, string> { ["Code"] = "NOSUCHCODE" });
        Assert.Contains("签到码无效。", await ExpoFactory.BodyAsync(unknown));
        Assert.Contains(code, await ExpoFactory.HtmlAsync(staff, $"/admin/expo/check-in?code={code}"));

        var first = await ExpoFactory.BodyAsync(await Forms.PostAsync(staff, "/admin/expo/check-in",
            new Dictionary<string, string> { ["Code"] = $"https://portal.example.cn/admin/expo/check-in?code={code.ToLowerInvariant()}" }));
        Assert.Contains("签到成功", first);
        var at = CheckedInAt().Match(first).Groups[1].Value;
        Assert.NotEmpty(at);
        Assert.Equal(ApplicationState.CheckedIn, (await ApplicationAsync(id)).State);

        var second = await ExpoFactory.BodyAsync(await Forms.PostAsync(staff, "/admin/expo/check-in", new Dictionary<string, string> { ["Code"] = code }));
        Assert.Contains("该签到码已使用", second);
        Assert.Contains($"该签到码已于 {at} 使用过。", second);
        Assert.Equal(1, await factory.ExpoDbAsync(db => db.Audit.CountAsync(e => e.SubjectId == id && e.Action == "check-in")));
    }

    [GeneratedRegex("data-testid=\"checked-in-at\">([^<]+)<")]
    private static partial Regex CheckedInAt();
}
