using Portal.Modules.RedHelp.Demands;
using Portal.Modules.RedHelp.Domain;

namespace Portal.Modules.RedHelp.Tests;

public sealed class DemandServiceTests
{
    [Fact]
    public async Task A_demand_goes_from_order_to_rating_with_a_timeline_row_and_notices_for_each_step()
    {
        await using var h = await DemandHarness.CreateAsync();
        var id = await h.SubmitAsync();
        var staff = await h.StaffAsync();
        var helper = await h.HelperAsync(0);
        var enterprise = await h.EnterpriseAsync(0);

        Assert.Null(await h.Service(s => s.DispatchAsync(id, 0, staff, new DispatchInput(null, h.Helpers[0], [h.OtherUnitId]))));
        var dispatched = await h.LoadAsync(id);
        Assert.Equal((DemandState.Dispatched, h.UnitId, $"{h.OtherUnitId}"), (dispatched.State, dispatched.LeadUnitId, dispatched.CoHandlingUnitIds));
        Assert.Equal(new DateOnly(2026, 12, 9), dispatched.DueOn); // 10 working days from Wednesday 2026-11-25

        Assert.Null(await h.Service(s => s.TakeAsync(id, 1, helper)));
        Assert.Null(await h.Service(s => s.AddNoteAsync(id, helper, "已联系合作银行", isInternal: true)));
        Assert.Null(await h.Service(s => s.ResolveAsync(id, 3, helper, "已获批 300 万元贷款")));
        Assert.Null(await h.Service(s => s.RateAsync(id, 4, enterprise, Satisfaction.VerySatisfied, "很及时")));

        var closed = await h.LoadAsync(id);
        Assert.Equal(DemandState.Closed, closed.State);
        Assert.Equal(Satisfaction.VerySatisfied, closed.Rating);
        Assert.Equal(
            [DemandState.Submitted, DemandState.Dispatched, DemandState.InProgress, DemandState.InProgress, DemandState.Resolved, DemandState.Closed],
            closed.Timeline.OrderBy(t => t.Id).Select(t => t.ToState));
        Assert.Single(closed.Timeline, t => t.IsInternal);

        // The enterprise hears of dispatch, take and resolution, not of the internal note nor of its own rating.
        Assert.Equal(3, await h.InboxCountAsync(h.Enterprises[0].UserId));

        // The helper hears of the dispatch and of the rating.
        Assert.Equal(2, await h.InboxCountAsync(h.Helpers[0]));
    }

    [Fact]
    public async Task A_dissatisfied_rating_needs_a_reason_and_reopens_the_demand()
    {
        await using var h = await DemandHarness.CreateAsync();
        var id = await h.SubmitAsync();
        var helper = await h.HelperAsync(0);
        var enterprise = await h.EnterpriseAsync(0);
        await h.Service(async s => (await s.DispatchAsync(id, 0, await h.StaffAsync(), new DispatchInput(null, h.Helpers[0], []))) ?? await s.TakeAsync(id, 1, helper) ?? await s.ResolveAsync(id, 2, helper, "已答复"));

        var noReason = await h.Service(s => s.RateAsync(id, 3, enterprise, Satisfaction.Dissatisfied, " "));
        Assert.Equal("Comment", noReason?.Field);
        Assert.Null(await h.Service(s => s.RateAsync(id, 3, enterprise, Satisfaction.Dissatisfied, "没有解决问题")));
        Assert.Equal(DemandState.InProgress, (await h.LoadAsync(id)).State);
    }

    [Fact]
    public async Task A_stale_version_is_refused_and_changes_nothing()
    {
        await using var h = await DemandHarness.CreateAsync();
        var id = await h.SubmitAsync();
        var staff = await h.StaffAsync();
        Assert.Null(await h.Service(s => s.DispatchAsync(id, 0, staff, new DispatchInput(null, h.Helpers[0], []))));

        var second = await h.Service(s => s.DispatchAsync(id, 0, staff, new DispatchInput(null, h.Helpers[1], [])));

        Assert.Equal(DemandService.Changed, second?.Message);
        Assert.Equal(h.Helpers[0], (await h.LoadAsync(id)).HandlerUserId);
    }

    [Fact]
    public async Task Only_the_right_party_may_act()
    {
        await using var h = await DemandHarness.CreateAsync();
        var id = await h.SubmitAsync();
        var otherEnterprise = await h.EnterpriseAsync(1);
        var otherHelper = await h.HelperAsync(1);

        Assert.Equal(DemandService.NotFound, (await h.Service(s => s.WithdrawAsync(id, 0, otherEnterprise, null)))?.Message);
        var ownHelper = await h.HelperAsync(0);
        var staff = await h.StaffAsync();
        Assert.NotNull(await h.Service(s => s.DispatchAsync(id, 0, ownHelper, new DispatchInput(null, h.Helpers[0], []))));
        Assert.Null(await h.Service(s => s.DispatchAsync(id, 0, staff, new DispatchInput(null, h.Helpers[0], []))));

        // Helper 2 neither handles it nor looks after its enterprise: it does not exist for them.
        Assert.Equal(DemandService.NotFound, (await h.Service(s => s.TakeAsync(id, 1, otherHelper)))?.Message);
        Assert.Equal(DemandState.Dispatched, (await h.LoadAsync(id)).State);
    }

    [Fact]
    public async Task The_enterprise_withdraws_before_resolution_but_not_after()
    {
        await using var h = await DemandHarness.CreateAsync();
        var first = await h.SubmitAsync();
        var enterprise = await h.EnterpriseAsync(0);
        Assert.Null(await h.Service(s => s.WithdrawAsync(first, 0, enterprise, "已自行解决")));
        Assert.Equal(DemandState.Withdrawn, (await h.LoadAsync(first)).State);

        var second = await h.SubmitAsync();
        var helper = await h.HelperAsync(0);
        await h.Service(async s => (await s.DispatchAsync(second, 0, await h.StaffAsync(), new DispatchInput(null, h.Helpers[0], []))) ?? await s.TakeAsync(second, 1, helper) ?? await s.ResolveAsync(second, 2, helper, "已答复"));
        var late = await h.Service(s => s.WithdrawAsync(second, 3, enterprise, null));
        Assert.Equal(DemandService.WrongState, late?.Message);
    }

    [Fact]
    public async Task Bad_input_is_refused_with_the_field_and_stores_nothing()
    {
        await using var h = await DemandHarness.CreateAsync();
        var enterprise = await h.EnterpriseAsync(0);
        var (demand, refusal) = await h.Service(s => s.SubmitAsync(enterprise, new DemandInput(null, "标题", "描述", Urgency.Normal)));
        Assert.Null(demand);
        Assert.Equal("Category", refusal?.Field);
        (_, refusal) = await h.Service(s => s.SubmitAsync(enterprise, new DemandInput(DemandCategory.Land, new string('长', 201), "描述", Urgency.Normal)));
        Assert.Equal("Title", refusal?.Field);
        var id = await h.SubmitAsync();
        var staff = await h.StaffAsync();
        Assert.Equal("Reason", (await h.Service(s => s.RefuseAsync(id, 0, staff, "  ")))?.Field);
        Assert.Equal(DemandState.Submitted, (await h.LoadAsync(id)).State);
    }
}
