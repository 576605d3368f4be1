using Microsoft.EntityFrameworkCore;
using Portal.Core.Enterprises;
using Portal.Modules.RedHelp.Data;
using Portal.Modules.RedHelp.Domain;
using Portal.Modules.RedHelp.Domain.Team;

namespace Portal.Modules.RedHelp.Tests;

public sealed class AssignmentTests
{
    [Fact]
    public async Task One_by_one_assignment_replaces_the_lead_helper_and_keeps_the_history()
    {
        await using var h = await TeamHarness.CreateAsync();
        var e1 = h.Enterprise(1);

        Assert.Null((await AssignAsync(h, s => s.AssignAsync(e1, h.Li, h.Staff))).Refusal);
        h.Kernel.Time.Advance(TimeSpan.FromDays(3));
        Assert.Equal(1, (await AssignAsync(h, s => s.AssignAsync(e1, h.Wang, h.Staff))).Changed);

        var lead = await h.Kernel.WithAsync<TeamQueries, HelperCard?>(q => q.LeadHelperAsync(e1));
        Assert.Equal(("王芳", "区工信局", "帮办专员", "0791-88005678", "wang@example.cn"), (lead!.Name, lead.UnitName, lead.Title, lead.OfficePhone, lead.Email));

        var (history, total) = await h.Kernel.WithAsync<AssignmentHistory, (IReadOnlyList<AssignmentChange>, int)>(x => x.ChangesAsync(e1, 1));
        Assert.Equal(2, total);
        Assert.Equal(("李建国", "王芳", "张科长"), (history[0].FromHelper, history[0].ToHelper, history[0].ByName));
        Assert.Equal((null, "李建国"), (history[1].FromHelper, history[1].ToHelper));
        Assert.Equal(TimeSpan.FromDays(3), history[0].At - history[1].At);
        Assert.Equal(1, await CountAsync(h, db => db.Assignments.CountAsync(a => a.EnterpriseId == e1 && a.EndedAt == null)));
    }

    [Fact]
    public async Task Bulk_by_town_covers_only_that_towns_verified_enterprises_and_skips_those_already_assigned()
    {
        await using var h = await TeamHarness.CreateAsync();
        await AssignAsync(h, s => s.AssignAsync(h.Enterprise(2), h.Wang, h.Staff));

        var result = await AssignAsync(h, s => s.AssignManyAsync(new AssignmentScope(h.Kernel.TownId, null), h.Wang, h.Staff));

        // 湖坊镇 has enterprises 1, 2, 3 (and an unverified one); 2 already had 王芳.
        Assert.Equal(2, result.Changed);
        var current = await CurrentAsync(h);
        Assert.Equal([h.Enterprise(1), h.Enterprise(2), h.Enterprise(3)], current.Where(c => c.Value == h.Wang).Select(c => c.Key).Order());
        Assert.False(current.ContainsKey(h.Unverified));
        Assert.Equal(3, await CountAsync(h, db => db.Assignments.CountAsync()));
    }

    [Fact]
    public async Task Bulk_by_segment_and_by_town_and_segment_together()
    {
        await using var h = await TeamHarness.CreateAsync();
        var dyeing = await AssignAsync(h, s => s.AssignManyAsync(new AssignmentScope(null, Segment.Dyeing), h.Li, h.Staff));
        Assert.Equal(3, dyeing.Changed);

        var both = await AssignAsync(h, s => s.AssignManyAsync(new AssignmentScope(h.OtherTown, Segment.Dyeing), h.Wang, h.Staff));
        Assert.Equal(2, both.Changed);

        var current = await CurrentAsync(h);
        Assert.Equal(h.Li, current[h.Enterprise(3)]);
        Assert.Equal(h.Wang, current[h.Enterprise(4)]);
        Assert.Equal(h.Wang, current[h.Enterprise(5)]);
        Assert.False(current.ContainsKey(h.Enterprise(1)));

        var (history, _) = await h.Kernel.WithAsync<AssignmentHistory, (IReadOnlyList<AssignmentChange>, int)>(x => x.ChangesAsync(h.Enterprise(4), 1));
        Assert.Equal([("李建国", "王芳"), (null, "李建国")], history.Select(c => (c.FromHelper, c.ToHelper)));
    }

    [Fact]
    public async Task Refusals_change_nothing()
    {
        await using var h = await TeamHarness.CreateAsync();
        var refused = new[]
        {
            await AssignAsync(h, s => s.AssignManyAsync(new AssignmentScope(null, null), h.Li, h.Staff)),
            await AssignAsync(h, s => s.AssignManyAsync(new AssignmentScope(h.Kernel.TownId, Segment.Transport), h.Li, h.Staff)),
            await AssignAsync(h, s => s.AssignAsync(h.Enterprise(1), h.Retired, h.Staff)),
            await AssignAsync(h, s => s.AssignAsync(h.Enterprise(1), "nobody", h.Staff)),
            await AssignAsync(h, s => s.AssignAsync(h.Enterprise(1), null, h.Staff)),
            await AssignAsync(h, s => s.AssignAsync(h.Unverified, h.Li, h.Staff)),
            await AssignAsync(h, s => s.AssignAsync(987654, h.Li, h.Staff)),
        };
        Assert.All(refused, r => Assert.NotNull(r.Refusal));
        Assert.Equal(
            ["请选择镇街园区或行业，批量指派不能覆盖全部企业。", "所选范围内没有已认证企业。", "请选择一位在岗的帮办员。", "请选择一位在岗的帮办员。", "请选择一位在岗的帮办员。", "找不到这家已认证企业。", "找不到这家已认证企业。"],
            refused.Select(r => r.Refusal!.Message));
        Assert.Equal(0, await CountAsync(h, db => db.Assignments.CountAsync()));

        await AssignAsync(h, s => s.AssignAsync(h.Enterprise(1), h.Li, h.Staff));
        var again = await AssignAsync(h, s => s.AssignAsync(h.Enterprise(1), h.Li, h.Staff));
        Assert.Equal("所选企业的联系帮办员已经是这位帮办员，没有变化。", again.Refusal?.Message);
        Assert.Equal(1, await CountAsync(h, db => db.Assignments.CountAsync()));
    }

    private static Task<AssignmentResult> AssignAsync(TeamHarness h, Func<AssignmentService, Task<AssignmentResult>> work) =>
        h.Kernel.WithAsync(work);

    private static Task<int> CountAsync(TeamHarness h, Func<RedHelpDbContext, Task<int>> count) => h.Kernel.WithAsync(count);

    private static Task<Dictionary<int, string>> CurrentAsync(TeamHarness h) =>
        h.Kernel.WithAsync<RedHelpDbContext, Dictionary<int, string>>(db =>
            db.Assignments.Where(a => a.EndedAt == null).ToDictionaryAsync(a => a.EnterpriseId, a => a.HelperUserId));
}
