using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Security;
using Portal.Core.Time;
using Portal.Modules.Expo.Domain;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests.Expo;

/// <summary>
/// Exhibition-space bookings through the real pages: the public list and calendar, an enterprise's request
/// with bad dates refused in Chinese, staff approval where the second overlapping approval is a message
/// (never a 500), rejection with a reason, the enterprise's cancel, and the inbox at each step.
/// </summary>
[Collection(ExpoCollection.Name)]
public sealed class SpaceBookingPageTests(ExpoFactory factory)
{
    private const string Space = "live-studio";
    private const string Book = $"/expo/spaces/{Space}/book";
    private const string Queue = "/admin/expo/bookings";

    private static DateOnly Today => TimeProvider.System.ChinaToday();

    private static Dictionary<string, string> Dates(int from, int to, string purpose = "新品直播") => new()
    {
        ["StartsOn"] = Today.AddDays(from).ToString("yyyy-MM-dd"), ["EndsOn"] = Today.AddDays(to).ToString("yyyy-MM-dd"), ["Purpose"] = purpose,
    };

    private static Dictionary<string, string> Id(int id) => new() { ["id"] = $"{id}" };

    private Task<List<SpaceBooking>> BookingsOfAsync(int enterpriseId) =>
        factory.ExpoDbAsync(db => db.Bookings.AsNoTracking().Where(b => b.EnterpriseId == enterpriseId).ToListAsync());

    [Fact]
    public async Task The_public_sees_the_spaces_with_photos_and_a_month_calendar_in_words()
    {
        using var visitor = factory.CreatePortalClient();
        var list = await ExpoFactory.HtmlAsync(visitor, "/expo/spaces");
        Assert.Equal(3, System.Text.RegularExpressions.Regex.Count(list, "data-testid=\"space\""));
        Assert.Contains("src=\"/media/", list);
        Assert.Contains("约 10 人", list);

        var approved = await factory.ExpoDbAsync(db => db.Bookings.AsNoTracking().Include(b => b.Space)
            .FirstAsync(b => b.State == BookingState.Approved && b.Space!.Slug == "brand-room"));
        var month = approved.StartsOn.ToString("yyyy-MM");
        var page = await ExpoFactory.HtmlAsync(visitor, $"/expo/spaces/brand-room?month={month}");
        Assert.Contains($"data-date=\"{approved.StartsOn:yyyy-MM-dd}\" data-state=\"booked\"", page);
        Assert.Contains("已订", page);
        Assert.Contains($"{approved.StartsOn.Year} 年 {approved.StartsOn.Month} 月", page);

        // Far months are clamped to the next twelve; junk is this month; an unknown space is 404.
        Assert.Contains($"{Today.Year} 年 {Today.Month} 月", await ExpoFactory.HtmlAsync(visitor, "/expo/spaces/brand-room?month=abc"));
        Assert.DoesNotContain("data-testid=\"previous-month\"", await ExpoFactory.HtmlAsync(visitor, "/expo/spaces/brand-room?month=1999-01"));
        Assert.DoesNotContain("data-testid=\"next-month\"", await ExpoFactory.HtmlAsync(visitor, "/expo/spaces/brand-room?month=2999-01"));
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/expo/spaces/no-such-space")).StatusCode);
    }

    [Theory]
    [InlineData(50, 48, "结束日期不能早于开始日期。")]
    [InlineData(1, 2, "需至少提前 3 天预订。")]
    [InlineData(50, 70, "预订天数应在 1 到 14 天之间。")]
    public async Task Bad_dates_are_refused_in_Chinese_and_nothing_is_saved(int from, int to, string message)
    {
        var (client, _, enterpriseId) = await factory.NewEnterpriseAsync();
        var response = await Forms.PostAsync(client, Book, Dates(from, to));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, await ExpoFactory.BodyAsync(response));
        Assert.Empty(await BookingsOfAsync(enterpriseId));

        var blank = await Forms.PostAsync(client, Book, new Dictionary<string, string> { ["StartsOn"] = "not-a-date", ["EndsOn"] = "", ["Purpose"] = "x" });
        Assert.Contains("请填写开始日期和结束日期。", await ExpoFactory.BodyAsync(blank));
        Assert.Empty(await BookingsOfAsync(enterpriseId));
    }

    [Fact]
    public async Task An_unverified_enterprise_is_told_why_and_cannot_book()
    {
        var (client, _, enterpriseId) = await factory.NewEnterpriseAsync(verified: false);
        Assert.Contains("data-testid=\"not-verified\"", await ExpoFactory.HtmlAsync(client, Book));
        var response = await Forms.PostAnywayAsync(client, "/my/expo", Dates(60, 61), Book);
        Assert.Contains("企业通过认证后才能预订展示空间。", await ExpoFactory.BodyAsync(response));
        Assert.Empty(await BookingsOfAsync(enterpriseId));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/expo/spaces/no-such-space/book")).StatusCode);
    }

    [Fact]
    public async Task Staff_approve_one_of_two_overlapping_requests_the_other_is_a_message_then_rejected_and_the_first_cancelled()
    {
        var (first, _, firstEnterprise) = await factory.NewEnterpriseAsync();
        var (second, _, secondEnterprise) = await factory.NewEnterpriseAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(first, Book, Dates(90, 92))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(second, Book, Dates(91, 93))).StatusCode);
        var a = Assert.Single(await BookingsOfAsync(firstEnterprise));
        var b = Assert.Single(await BookingsOfAsync(secondEnterprise));
        Assert.Contains("展示空间预订已提交", await ExpoFactory.HtmlAsync(first, "/my/inbox"));
        Assert.Contains("data-testid=\"booking\"", await ExpoFactory.HtmlAsync(first, "/my/expo/bookings"));

        using var staff = await Accounts.ClientAsync(factory, PortalRoles.Staff);
        var queue = await ExpoFactory.HtmlAsync(staff, Queue);
        Assert.Contains($"data-id=\"{a.Id}\"", queue);
        var approved = await Forms.PostAsync(staff, Queue, Id(a.Id), $"{Queue}?state=requested&handler=Approve");
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.Equal(BookingState.Approved, (await BookingsOfAsync(firstEnterprise)).Single().State);
        Assert.Contains("展示空间预订已批准", await ExpoFactory.HtmlAsync(first, "/my/inbox"));
        var calendar = await ExpoFactory.HtmlAsync(staff, $"/expo/spaces/{Space}?month={Today.AddDays(91):yyyy-MM}");
        Assert.Contains($"data-date=\"{Today.AddDays(91):yyyy-MM-dd}\" data-state=\"booked\"", calendar);

        var clash = await Forms.PostAsync(staff, Queue, Id(b.Id), $"{Queue}?state=requested&handler=Approve");
        Assert.Equal(HttpStatusCode.OK, clash.StatusCode);
        Assert.Contains("该时段已有批准的预订，不能重复批准。", await ExpoFactory.BodyAsync(clash));
        Assert.Equal(BookingState.Requested, (await BookingsOfAsync(secondEnterprise)).Single().State);

        var bare = await Forms.PostAsync(staff, Queue, new Dictionary<string, string> { ["id"] = $"{b.Id}", ["Reason"] = " " }, $"{Queue}?state=requested&handler=Reject");
        Assert.Contains("请填写理由（500 字以内）。", await ExpoFactory.BodyAsync(bare));
        var rejected = await Forms.PostAsync(staff, Queue, new Dictionary<string, string> { ["id"] = $"{b.Id}", ["Reason"] = "该时段已批准给其他企业" }, $"{Queue}?state=requested&handler=Reject");
        Assert.Equal(HttpStatusCode.Redirect, rejected.StatusCode);
        Assert.Equal(BookingState.Rejected, (await BookingsOfAsync(secondEnterprise)).Single().State);
        var inbox = await ExpoFactory.HtmlAsync(second, "/my/inbox");
        Assert.Contains("展示空间预订未批准", inbox);

        // The second cannot cancel the first's booking; the first can.
        var foreign = await Forms.PostAnywayAsync(second, "/my/expo/bookings", new Dictionary<string, string> { ["id"] = $"{a.Id}" }, "/my/expo/bookings?handler=Cancel");
        Assert.Contains("找不到该预订。", await ExpoFactory.BodyAsync(foreign));
        var cancelled = await Forms.PostAsync(first, "/my/expo/bookings", new Dictionary<string, string> { ["id"] = $"{a.Id}" }, "/my/expo/bookings?handler=Cancel");
        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        Assert.Equal(BookingState.Cancelled, (await BookingsOfAsync(firstEnterprise)).Single().State);
        Assert.Contains("展示空间预订已取消", await ExpoFactory.HtmlAsync(first, "/my/inbox"));
        Assert.Equal(3, await factory.ExpoDbAsync(db => db.Audit.CountAsync(e => e.Subject == "booking" && (e.SubjectId == a.Id || e.SubjectId == b.Id))));
    }
}
