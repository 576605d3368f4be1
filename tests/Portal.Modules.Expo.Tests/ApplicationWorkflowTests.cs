using Microsoft.EntityFrameworkCore;
using Portal.Modules.Expo.Domain;

namespace Portal.Modules.Expo.Tests;

public sealed class ApplicationWorkflowTests
{
    private static readonly HashSet<(ApplicationState, ApplicationState)> Allowed =
    [
        (ApplicationState.Pending, ApplicationState.Approved),
        (ApplicationState.Pending, ApplicationState.Rejected),
        (ApplicationState.Pending, ApplicationState.Waitlisted),
        (ApplicationState.Pending, ApplicationState.Cancelled),
        (ApplicationState.Waitlisted, ApplicationState.Approved),
        (ApplicationState.Waitlisted, ApplicationState.Rejected),
        (ApplicationState.Waitlisted, ApplicationState.Cancelled),
        (ApplicationState.Approved, ApplicationState.Cancelled),
        (ApplicationState.Approved, ApplicationState.CheckedIn),
    ];

    public static TheoryData<ApplicationState, ApplicationState> EveryPair()
    {
        var data = new TheoryData<ApplicationState, ApplicationState>();
        foreach (var from in Enum.GetValues<ApplicationState>())
        {
            foreach (var to in Enum.GetValues<ApplicationState>())
            {
                data.Add(from, to);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryPair))]
    public void Every_transition_is_allowed_or_forbidden_as_the_domain_says(ApplicationState from, ApplicationState to) =>
        Assert.Equal(Allowed.Contains((from, to)), ApplicationRules.CanMove(from, to));

    [Fact]
    public async Task Approving_one_applicant_waitlists_the_others_who_wanted_the_booth()
    {
        await using var harness = await ExpoHarness.CreateAsync();
        var booth = harness.BoothIds[0];
        var first = await harness.ApplyAsync(0, booth);
        var second = await harness.ApplyAsync(1, booth, harness.BoothIds[1]);
        var unrelated = await harness.ApplyAsync(2, harness.BoothIds[2]);

        Assert.Null(await harness.WithApplicationsAsync(s => s.ApproveAsync(first, booth, "staff")));

        var states = await harness.WithDbAsync(db => db.Applications.ToDictionaryAsync(a => a.Id, a => a.State));
        Assert.Equal(ApplicationState.Approved, states[first]);
        Assert.Equal(ApplicationState.Waitlisted, states[second]);
        Assert.Equal(ApplicationState.Pending, states[unrelated]);
    }

    [Fact]
    public async Task A_freed_booth_is_offered_to_the_first_waitlisted_who_has_48_hours_then_it_moves_on()
    {
        await using var harness = await ExpoHarness.CreateAsync();
        var booth = harness.BoothIds[0];
        var holder = await harness.ApplyAsync(0, booth);
        var firstInLine = await harness.ApplyAsync(1, booth);
        var secondInLine = await harness.ApplyAsync(2, booth);
        await harness.WithApplicationsAsync(s => s.ApproveAsync(holder, booth, "staff"));

        Assert.Null(await harness.WithApplicationsAsync(s => s.CancelAsync(holder, harness.Users[0], byStaff: false, null)));
        var offered = await harness.WithDbAsync(db => db.Applications.SingleAsync(a => a.Id == firstInLine));
        Assert.Equal(booth, offered.BoothId);
        Assert.Equal(harness.Time.GetUtcNow().UtcDateTime.AddHours(48), offered.OfferExpiresAt);

        harness.Time.Advance(TimeSpan.FromHours(47));
        Assert.Equal(0, await harness.WithApplicationsAsync(s => s.ExpireOffersAsync()));
        harness.Time.Advance(TimeSpan.FromHours(2));
        Assert.Equal(1, await harness.WithApplicationsAsync(s => s.ExpireOffersAsync()));

        var lapsed = await harness.WithDbAsync(db => db.Applications.SingleAsync(a => a.Id == firstInLine));
        var next = await harness.WithDbAsync(db => db.Applications.SingleAsync(a => a.Id == secondInLine));
        Assert.Equal(ApplicationState.Cancelled, lapsed.State);
        Assert.Equal(booth, next.BoothId);
        Assert.NotNull(next.OfferExpiresAt);

        // The second in line accepts in time and holds the booth.
        Assert.Null(await harness.WithApplicationsAsync(s => s.AcceptOfferAsync(secondInLine, harness.Users[2])));
        var accepted = await harness.WithDbAsync(db => db.Applications.SingleAsync(a => a.Id == secondInLine));
        Assert.Equal(ApplicationState.Approved, accepted.State);
        Assert.Equal(booth, accepted.BoothId);
    }

    [Fact]
    public async Task A_check_in_code_works_once_and_the_second_scan_says_when_it_was_used()
    {
        await using var harness = await ExpoHarness.CreateAsync();
        var id = await harness.ApplyAsync(0, harness.BoothIds[0]);
        await harness.WithApplicationsAsync(s => s.ApproveAsync(id, harness.BoothIds[0], "staff"));
        var code = await harness.WithDbAsync(db => db.Applications.Where(a => a.Id == id).Select(a => a.CheckInCode).SingleAsync());
        Assert.NotNull(code);
        Assert.DoesNotContain(id.ToString(System.Globalization.CultureInfo.InvariantCulture), code, StringComparison.Ordinal);

        var (_, first) = await harness.WithApplicationsAsync(s => s.CheckInAsync(code!.ToLowerInvariant(), "staff"));
        Assert.Null(first);
        harness.Time.Advance(TimeSpan.FromMinutes(5));
        var (_, second) = await harness.WithApplicationsAsync(s => s.CheckInAsync(code, "staff"));
        Assert.NotNull(second);
        Assert.Equal("该签到码已于 {0} 使用过。", second!.Message);
        Assert.Equal("2026-11-25 10:00", second.Args![0]);
        var (_, bogus) = await harness.WithApplicationsAsync(s => s.CheckInAsync("NOPE", "staff"));
        Assert.Equal("签到码无效。", bogus!.Message);
    }

    [Fact]
    public async Task Bad_applications_are_refused_clearly_and_change_nothing()
    {
        await using var harness = await ExpoHarness.CreateAsync();
        var booths = harness.BoothIds;
        async Task<string?> Refusal(string user, BoothApplicationInput input) =>
            (await harness.WithApplicationsAsync(s => s.ApplyAsync(user, input))).Refusal?.Message;

        Assert.Equal("企业通过认证后才能申请展位。", await Refusal(harness.UnverifiedUser, new(harness.ExpoId, [booths[0]], "产品", "")));
        Assert.Equal("所选展位不属于本届展销会或暂不可用。", await Refusal(harness.Users[0], new(harness.ExpoId, [booths[4]], "产品", "")));
        Assert.Equal("所选展位不属于本届展销会或暂不可用。", await Refusal(harness.Users[0], new(harness.ExpoId, [booths[5]], "产品", "")));
        Assert.Equal("请在展位图上选择 1 至 {0} 个意向展位。", await Refusal(harness.Users[0], new(harness.ExpoId, [], "产品", "")));
        Assert.Equal("请填写参展产品（1000 字以内），备注不超过 1000 字。", await Refusal(harness.Users[0], new(harness.ExpoId, [booths[0]], " ", "")));
        await harness.ApplyAsync(0, booths[0]);
        await harness.ApplyAsync(0, booths[1]);
        Assert.Equal("每家企业在本届展销会最多可申请 {0} 个展位。", await Refusal(harness.Users[0], new(harness.ExpoId, [booths[2]], "产品", "")));

        harness.Time.Advance(TimeSpan.FromDays(11));
        Assert.Equal("该展销会当前不在报名时间内。", await Refusal(harness.Users[1], new(harness.ExpoId, [booths[2]], "产品", "")));
        Assert.Equal(2, await harness.WithDbAsync(db => db.Applications.CountAsync()));
    }

    [Fact]
    public async Task Bad_space_bookings_are_refused_clearly_and_change_nothing()
    {
        await using var harness = await ExpoHarness.CreateAsync();
        async Task<string?> Refusal(string user, DateOnly from, DateOnly to, string purpose = "新品发布") =>
            (await harness.WithBookingsAsync(s => s.RequestAsync(user, new SpaceBookingInput(harness.SpaceId, from, to, purpose)))).Refusal?.Message;
        var soon = new DateOnly(2026, 12, 10);

        Assert.Equal("结束日期不能早于开始日期。", await Refusal(harness.Users[0], soon, soon.AddDays(-2)));
        Assert.Equal("需至少提前 {0} 天预订。", await Refusal(harness.Users[0], new DateOnly(2026, 11, 26), new DateOnly(2026, 11, 27)));
        Assert.Equal("预订天数应在 {0} 到 {1} 天之间。", await Refusal(harness.Users[0], soon, soon.AddDays(40)));
        Assert.Equal("请填写用途（1000 字以内）。", await Refusal(harness.Users[0], soon, soon.AddDays(1), ""));
        Assert.Equal("企业通过认证后才能预订展示空间。", await Refusal(harness.UnverifiedUser, soon, soon.AddDays(1)));
        Assert.Equal(0, await harness.WithDbAsync(db => db.Bookings.CountAsync()));
    }
}
