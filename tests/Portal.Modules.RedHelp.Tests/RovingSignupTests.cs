using Microsoft.EntityFrameworkCore;
using Portal.Core;
using Portal.Core.Data;
using Portal.Modules.RedHelp.Data;
using Portal.Modules.RedHelp.Domain;
using Portal.Modules.RedHelp.Domain.RovingService;
using Portal.Testing;

namespace Portal.Modules.RedHelp.Tests;

/// <summary>
/// Sign-ups for a roving session: capacity, one per enterprise, closed once started, problems become demands
/// tagged with the session — and the capacity proven under real concurrent sign-ups on SQLite and PostgreSQL.
/// </summary>
public sealed class RovingSignupTests
{
    public static TheoryData<DatabaseProvider> Providers => [DatabaseProvider.Sqlite, DatabaseProvider.Postgres];

    /// <summary>Tomorrow 09:30 in Shanghai (the harness clock stands at 2026-11-25 10:00).</summary>
    private static readonly RovingSessionInput Session = new(
        new DateOnly(2026, 11, 26), new TimeOnly(9, 30), "针纺服装产业园服务中心", "区工信局\n合作银行", "融资\n用工", 3);

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Forty_simultaneous_sign_ups_for_five_seats_take_exactly_five(DatabaseProvider provider)
    {
        await using var h = await TeamHarness.CreateAsync(provider, extraEnterprises: 34);
        var id = await CreateAsync(h, Session with { Capacity = 5 });

        using var start = new SemaphoreSlim(0);
        var races = h.Enterprises.Select(e => Task.Run(async () =>
        {
            await start.WaitAsync();
            return await h.Kernel.WithAsync<RovingSignups, Refusal?>(s => s.SignUpAsync(id, e.UserId, new SignupInput(null, null)));
        })).ToList();
        start.Release(races.Count);
        var results = await Task.WhenAll(races);

        Assert.Equal(40, results.Length);
        Assert.Equal(5, results.Count(r => r is null));
        Assert.All(results.Where(r => r is not null), r => Assert.Equal(RovingSignups.Full, r!.Message));
        Assert.Equal(5, await h.Kernel.WithAsync<RedHelpDbContext, int>(db => db.RovingSignups.CountAsync(s => s.SessionId == id)));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task One_enterprise_signing_up_twenty_times_at_once_gets_one_seat(DatabaseProvider provider)
    {
        await using var h = await TeamHarness.CreateAsync(provider);
        var id = await CreateAsync(h, Session);
        var user = h.Enterprises[0].UserId;

        using var start = new SemaphoreSlim(0);
        var races = Enumerable.Range(0, 20).Select(_ => Task.Run(async () =>
        {
            await start.WaitAsync();
            return await h.Kernel.WithAsync<RovingSignups, Refusal?>(s => s.SignUpAsync(id, user, new SignupInput(null, null)));
        })).ToList();
        start.Release(races.Count);
        var results = await Task.WhenAll(races);

        Assert.Single(results, r => r is null);
        Assert.All(results.Where(r => r is not null), r => Assert.Equal(RovingSignups.Already, r!.Message));
        Assert.Equal(1, await h.Kernel.WithAsync<RedHelpDbContext, int>(db => db.RovingSignups.CountAsync()));
    }

    [Fact]
    public async Task A_problem_given_at_sign_up_becomes_a_demand_tagged_with_the_session()
    {
        await using var h = await TeamHarness.CreateAsync();
        var id = await CreateAsync(h, Session);
        var problem = "新厂房环评审批进度缓慢，希望巡回服务时与生态环境部门当面沟通。";

        Assert.Null(await SignUpAsync(h, id, 0, new SignupInput(problem, DemandCategory.Approvals)));
        Assert.Null(await SignUpAsync(h, id, 1, new SignupInput("  ", null)));

        var demands = await h.Kernel.WithAsync<RedHelpDbContext, List<Demand>>(db => db.Demands.ToListAsync());
        var demand = Assert.Single(demands);
        Assert.Equal((id, h.Enterprise(1), DemandCategory.Approvals, DemandState.Submitted, problem), (demand.RovingSessionId, demand.EnterpriseId, demand.Category, demand.State, demand.Description));
        Assert.Equal(problem[..30] + "…", demand.Title);
        var summary = await h.Kernel.WithAsync<RovingQueries, RovingSessionSummary?>(q => q.FindAsync(id));
        Assert.Equal((2, 1, 0), (summary!.SignedUp, summary.DemandsCollected, summary.DemandsResolved));
    }

    [Fact]
    public async Task Refused_sign_ups_save_nothing()
    {
        await using var h = await TeamHarness.CreateAsync();
        var id = await CreateAsync(h, Session with { Capacity = 1 });
        var unverifiedUser = await h.Kernel.WithAsync<CoreDbContext, string>(db => db.Enterprises.Where(e => e.Id == h.Unverified).Select(e => e.OwnerUserId!).SingleAsync());

        Assert.Equal("企业通过认证后才能报名巡回服务。", (await h.Kernel.WithAsync<RovingSignups, Refusal?>(s => s.SignUpAsync(id, unverifiedUser, new SignupInput(null, null))))?.Message);
        Assert.Equal("企业通过认证后才能报名巡回服务。", (await h.Kernel.WithAsync<RovingSignups, Refusal?>(s => s.SignUpAsync(id, h.Staff, new SignupInput(null, null))))?.Message);
        Assert.Equal("请选择问题的类别。", (await SignUpAsync(h, id, 0, new SignupInput("融资难", null)))?.Message);
        Assert.Equal("问题描述请控制在 {0} 字以内。", (await SignUpAsync(h, id, 0, new SignupInput(new string('难', 4001), DemandCategory.Financing)))?.Message);
        Assert.Equal(RovingSessionService.NotFound, (await SignUpAsync(h, 424242, 0, new SignupInput(null, null)))?.Message);
        Assert.Equal(0, await h.Kernel.WithAsync<RedHelpDbContext, int>(async db => await db.RovingSignups.CountAsync() + await db.Demands.CountAsync()));

        Assert.Null(await SignUpAsync(h, id, 0, new SignupInput(null, null)));
        Assert.Equal(RovingSignups.Full, (await SignUpAsync(h, id, 1, new SignupInput("融资难", DemandCategory.Financing)))?.Message);

        h.Kernel.Time.Advance(TimeSpan.FromDays(1));
        Assert.Equal("该场巡回服务已经开始或结束，不能再报名。", (await SignUpAsync(h, id, 2, new SignupInput(null, null)))?.Message);
        Assert.Equal(0, await h.Kernel.WithAsync<RedHelpDbContext, int>(db => db.Demands.CountAsync()));
    }

    [Fact]
    public async Task Capacity_cannot_drop_below_the_sign_ups_and_attendance_waits_for_the_session()
    {
        await using var h = await TeamHarness.CreateAsync();
        var id = await CreateAsync(h, Session);
        Assert.Null(await SignUpAsync(h, id, 0, new SignupInput(null, null)));
        Assert.Null(await SignUpAsync(h, id, 1, new SignupInput(null, null)));

        var shrink = await h.Kernel.WithAsync<RovingSessionService, Refusal?>(s => s.UpdateAsync(id, Session with { Capacity = 1 }));
        Assert.Equal(("Capacity", "已有 {0} 家企业报名，名额不能少于报名数。"), (shrink?.Field, shrink?.Message));
        var signups = await h.Kernel.WithAsync<RovingQueries, IReadOnlyList<RovingSignup>>(q => q.SignupsAsync(id));
        Assert.Equal("巡回服务开始后才能登记到场情况。", (await h.Kernel.WithAsync<RovingSessionService, Refusal?>(s => s.RecordAttendanceAsync(id, [signups[0].Id])))?.Message);

        h.Kernel.Time.Advance(TimeSpan.FromDays(1));
        Assert.Equal("到场名单中有不属于该场巡回服务的报名。", (await h.Kernel.WithAsync<RovingSessionService, Refusal?>(s => s.RecordAttendanceAsync(id, [999])))?.Message);
        Assert.Null(await h.Kernel.WithAsync<RovingSessionService, Refusal?>(s => s.RecordAttendanceAsync(id, [signups[0].Id])));
        var summary = await h.Kernel.WithAsync<RovingQueries, RovingSessionSummary?>(q => q.FindAsync(id));
        Assert.Equal((3, 2, 1), (summary!.Capacity, summary.SignedUp, summary.Attended));
        var after = await h.Kernel.WithAsync<RovingQueries, IReadOnlyList<RovingSignup>>(q => q.SignupsAsync(id));
        Assert.Equal([true, false], after.Select(s => s.Attended!.Value));
    }

    [Theory]
    [InlineData(null, "请填写日期和时间。")]
    [InlineData("", "请填写地点（{0} 字以内）。")]
    [InlineData("units", "请填写参加单位，每行一个（共 {0} 字以内）。")]
    [InlineData("topics", "请填写服务主题，每行一个（共 {0} 字以内）。")]
    [InlineData("capacity", "名额应为 1 到 {0} 之间的整数。")]
    public async Task A_session_with_a_missing_field_is_refused_and_not_saved(string? broken, string message)
    {
        await using var h = await TeamHarness.CreateAsync();
        var input = broken switch
        {
            null => Session with { Date = null },
            "" => Session with { Place = " " },
            "units" => Session with { Units = "\n \n" },
            "topics" => Session with { Topics = null },
            _ => Session with { Capacity = 0 },
        };
        var (created, refusal) = await h.Kernel.WithAsync<RovingSessionService, (int?, Refusal?)>(s => s.CreateAsync(input));
        Assert.Null(created);
        Assert.Equal(message, refusal?.Message);
        Assert.Equal(0, await h.Kernel.WithAsync<RedHelpDbContext, int>(db => db.RovingSessions.CountAsync()));
    }

    private static async Task<int> CreateAsync(TeamHarness h, RovingSessionInput input)
    {
        var (id, refusal) = await h.Kernel.WithAsync<RovingSessionService, (int?, Refusal?)>(s => s.CreateAsync(input));
        Assert.Null(refusal);
        return id!.Value;
    }

    private static Task<Refusal?> SignUpAsync(TeamHarness h, int sessionId, int enterprise, SignupInput input) =>
        h.Kernel.WithAsync<RovingSignups, Refusal?>(s => s.SignUpAsync(sessionId, h.Enterprises[enterprise].UserId, input));
}
