using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.Modules.RedHelp.Data;
using Portal.Modules.RedHelp.Demands;
using Portal.Modules.RedHelp.Domain;
using Portal.Modules.RedHelp.Jobs;
using Portal.Modules.RedHelp.Visits;

namespace Portal.Modules.RedHelp.Tests;

/// <summary>Routing, what each party sees, the follow-up list, visit coverage and the overdue nudge.</summary>
public sealed class DemandWorkTests
{
    [Fact]
    public async Task Routing_proposes_the_enterprises_own_helper_and_without_one_a_helper_of_the_same_segment()
    {
        await using var h = await DemandHarness.CreateAsync();
        var own = await h.Kernel.WithAsync<DemandRouting, RoutingProposal>(r => r.ProposeAsync(h.Enterprises[2].EnterpriseId));
        Assert.Equal((h.Helpers[1], h.UnitId, DemandRouting.OwnHelper), (own.HandlerUserId, own.LeadUnitId, own.Reason));

        // A fourth enterprise of the same segment without a helper: helper 1 looks after two garment enterprises, helper 2 one.
        var orphan = (await h.Kernel.AddEnterprisesAsync(1))[0].EnterpriseId;
        var proposal = await h.Kernel.WithAsync<DemandRouting, RoutingProposal>(r => r.ProposeAsync(orphan));
        Assert.Equal((h.Helpers[0], DemandRouting.SegmentHelper), (proposal.HandlerUserId, proposal.Reason));
    }

    [Fact]
    public async Task A_helper_sees_demands_dispatched_to_them_or_of_their_enterprises_and_an_enterprise_only_its_own()
    {
        await using var h = await DemandHarness.CreateAsync();
        var ofFirst = await h.SubmitAsync(0);
        var ofThird = await h.SubmitAsync(2);
        var staff = await h.StaffAsync();

        async Task<int[]> Visible(DemandViewer viewer) =>
            [.. (await h.Kernel.WithAsync<DemandQueries, DemandPage>(q => q.ForStaffAsync(viewer, null, 1))).Items.Select(r => r.Id).Order()];
        async Task<bool> Opens(DemandViewer viewer, int id) =>
            await h.Kernel.WithAsync<DemandQueries, DemandDetail?>(q => q.DetailAsync(id, viewer)) is not null;

        Assert.Equal([ofFirst], await Visible(await h.HelperAsync(0)));
        Assert.Equal([ofThird], await Visible(await h.HelperAsync(1)));
        Assert.False(await Opens(await h.EnterpriseAsync(1), ofFirst));
        Assert.True(await Opens(await h.EnterpriseAsync(0), ofFirst));

        // Dispatched to helper 2, the first enterprise's demand becomes visible to them too.
        Assert.Null(await h.Service(s => s.DispatchAsync(ofFirst, 0, staff, new DispatchInput(null, h.Helpers[1], []))));
        Assert.Equal([ofFirst, ofThird], await Visible(await h.HelperAsync(1)));
    }

    [Fact]
    public async Task The_enterprise_never_sees_internal_notes()
    {
        await using var h = await DemandHarness.CreateAsync();
        var id = await h.SubmitAsync();
        var staff = await h.StaffAsync();
        Assert.Null(await h.Service(s => s.AddNoteAsync(id, staff, "企业信用需核实", isInternal: true)));
        Assert.Null(await h.Service(s => s.AddNoteAsync(id, staff, "已收到，正在安排", isInternal: false)));

        var forEnterprise = await h.Kernel.WithAsync<DemandQueries, DemandDetail?>(async q => await q.DetailAsync(id, await h.EnterpriseAsync(0)));
        var forStaff = await h.Kernel.WithAsync<DemandQueries, DemandDetail?>(q => q.DetailAsync(id, staff));
        Assert.DoesNotContain(forEnterprise!.Timeline, t => t.Note.Contains("信用", StringComparison.Ordinal));
        Assert.Contains(forEnterprise.Timeline, t => t.Note == "已收到，正在安排");
        Assert.Contains(forStaff!.Timeline, t => t.IsInternal);
    }

    [Fact]
    public async Task A_resolved_demand_not_rated_in_seven_days_goes_on_the_follow_up_list_and_a_call_closes_it()
    {
        await using var h = await DemandHarness.CreateAsync();
        var id = await h.SubmitAsync();
        var helper = await h.HelperAsync(0);
        await h.Service(async s => (await s.DispatchAsync(id, 0, await h.StaffAsync(), new DispatchInput(null, h.Helpers[0], []))) ?? await s.TakeAsync(id, 1, helper) ?? await s.ResolveAsync(id, 2, helper, "已答复"));

        Task<IReadOnlyList<DemandRow>> FollowUps() => h.Kernel.WithAsync<DemandQueries, IReadOnlyList<DemandRow>>(q => q.FollowUpsAsync(helper));
        h.Kernel.Time.Advance(TimeSpan.FromDays(6));
        Assert.Empty(await FollowUps());
        h.Kernel.Time.Advance(TimeSpan.FromDays(1.5));
        Assert.Equal([id], (await FollowUps()).Select(r => r.Id));

        Assert.Null(await h.Service(s => s.FollowUpCallAsync(id, 3, helper, "企业表示满意")));
        Assert.Empty(await FollowUps());
        Assert.Equal(DemandState.Closed, (await h.LoadAsync(id)).State);
    }

    [Fact]
    public async Task Same_category_demands_of_several_enterprises_of_one_segment_are_grouped_as_a_shared_problem()
    {
        await using var h = await DemandHarness.CreateAsync();
        await h.SubmitAsync(0, DemandCategory.Labour);
        await h.SubmitAsync(1, DemandCategory.Labour);
        await h.SubmitAsync(0, DemandCategory.Labour);
        await h.SubmitAsync(2, DemandCategory.Land);

        var staff = await h.StaffAsync();
        var shared = await h.Kernel.WithAsync<DemandQueries, IReadOnlyList<SharedProblem>>(q => q.SharedProblemsAsync(staff));

        var problem = Assert.Single(shared);
        Assert.Equal((DemandCategory.Labour, 2, 3), (problem.Category, problem.EnterpriseCount, problem.Demands.Count));
    }

    [Fact]
    public async Task A_helper_sees_their_enterprises_not_visited_in_thirty_days()
    {
        await using var h = await DemandHarness.CreateAsync();
        var helper = await h.HelperAsync(0);
        var today = new DateOnly(2026, 11, 25);
        var (visit, refusal) = await h.Kernel.WithAsync<VisitService, (int?, Portal.Core.Refusal?)>(v =>
            v.LogAsync(helper, new VisitInput(h.Enterprises[0].EnterpriseId, today.AddDays(-10), VisitKind.WithPolicies, "宣讲稳岗补贴")));
        Assert.Null(refusal);
        await h.Kernel.WithAsync<VisitService, (int?, Portal.Core.Refusal?)>(v =>
            v.LogAsync(helper, new VisitInput(h.Enterprises[1].EnterpriseId, today.AddDays(-31), VisitKind.FollowUp, "回访")));

        var due = await h.Kernel.WithAsync<VisitService, IReadOnlyList<CoverageRow>>(v => v.DueAsync(helper));
        Assert.Equal([(h.Enterprises[1].EnterpriseId, (DateOnly?)today.AddDays(-31))], due.Select(d => (d.EnterpriseId, d.LastVisitedOn)));

        // Not one of theirs, in the future, or without notes: refused.
        var (_, notMine) = await h.Kernel.WithAsync<VisitService, (int?, Portal.Core.Refusal?)>(v =>
            v.LogAsync(helper, new VisitInput(h.Enterprises[2].EnterpriseId, today, VisitKind.FollowUp, "回访")));
        var (_, future) = await h.Kernel.WithAsync<VisitService, (int?, Portal.Core.Refusal?)>(v =>
            v.LogAsync(helper, new VisitInput(h.Enterprises[0].EnterpriseId, today.AddDays(1), VisitKind.FollowUp, "回访")));
        Assert.Equal(("EnterpriseId", "VisitedOn"), (notMine?.Field, future?.Field));

        // A demand raised during the visit is tagged with it.
        var (demand, _) = await h.Service(s => s.SubmitOnBehalfAsync(helper, h.Enterprises[0].EnterpriseId, visit,
            new DemandInput(DemandCategory.Labour, "招工难", "缺熟练缝纫工 30 名", Urgency.Urgent)));
        Assert.Equal(visit, demand?.VisitId);
    }

    [Fact]
    public async Task The_overdue_nudge_reaches_the_handler_once_per_demand_per_day()
    {
        await using var h = await DemandHarness.CreateAsync();
        var overdue = await h.SubmitAsync(0, DemandCategory.Policy);
        var onTime = await h.SubmitAsync(1, DemandCategory.Land);
        var staff = await h.StaffAsync();
        Assert.Null(await h.Service(s => s.DispatchAsync(overdue, 0, staff, new DispatchInput(null, h.Helpers[0], []))));
        Assert.Null(await h.Service(s => s.DispatchAsync(onTime, 0, staff, new DispatchInput(null, h.Helpers[0], []))));
        var before = await h.InboxCountAsync(h.Helpers[0]);

        // Policy questions are due in 3 working days (2026-11-30); on Tuesday 2026-12-01 it is overdue.
        h.Kernel.Time.Advance(TimeSpan.FromDays(6));
        Task<int> Run() => h.Kernel.WithAsync<OverdueNudgeJob, int>(j => j.RunAsync());
        Assert.Equal(1, await Run());
        Assert.Equal(0, await Run());
        h.Kernel.Time.Advance(TimeSpan.FromDays(1));
        Assert.Equal(1, await Run());

        var nudges = await h.Kernel.WithAsync<CoreDbContext, List<string>>(db =>
            db.InboxMessages.Where(m => m.UserId == h.Helpers[0]).Select(m => m.Title).ToListAsync());
        Assert.Equal(before + 2, nudges.Count);
        Assert.Equal(2, nudges.Count(t => t.Contains("已超期", StringComparison.Ordinal)));
    }
}
