using Portal.Core.Time;
using Portal.Modules.RedHelp.Data;
using Portal.Modules.RedHelp.Domain;
using Portal.Modules.RedHelp.Domain.Dashboard;
using Portal.Testing;

namespace Portal.Modules.RedHelp.Tests;

/// <summary>The dashboard's measures on known data; the harness clock says 2026-11-25 in Shanghai.</summary>
public sealed class DashboardTests
{
    [Fact]
    public async Task Measures_total_and_by_category_unit_segment_and_month()
    {
        await using var kernel = await KernelHarness.CreateAsync([new RedHelpModule()]);
        var (_, enterpriseId) = (await kernel.AddEnterprisesAsync(1))[0];
        _ = await kernel.WithAsync<RedHelpDbContext, int>(async db =>
        {
            var unit = new Unit { Name = "区工信局", Kind = UnitKind.DistrictDepartment };
            db.Units.Add(unit);
            await db.SaveChangesAsync();

            // Created Monday 2026-11-02 09:00 in Shanghai; resolved after 2, 4 and 9 working days.
            var created = ChinaTime.ToUtc(new DateTime(2026, 11, 2, 9, 0, 0));
            db.Demands.AddRange(
                Demand(enterpriseId, DemandCategory.Financing, unit.Id, created, created.AddDays(2), DemandState.Closed, Satisfaction.VerySatisfied),
                Demand(enterpriseId, DemandCategory.Financing, unit.Id, created, created.AddDays(4), DemandState.Closed, Satisfaction.Dissatisfied),
                Demand(enterpriseId, DemandCategory.Land, unit.Id, created, created.AddDays(11), DemandState.Resolved, null),
                Demand(enterpriseId, DemandCategory.Land, unit.Id, created, null, DemandState.InProgress, null, due: new DateOnly(2026, 11, 20)),
                Demand(enterpriseId, DemandCategory.Land, unit.Id, created, null, DemandState.Dispatched, null, due: new DateOnly(2026, 11, 30)),
                Demand(enterpriseId, DemandCategory.Land, null, created, null, DemandState.Submitted, null));
            await db.SaveChangesAsync();
            return unit.Id;
        });

        var data = await kernel.WithAsync<DashboardQueries, DashboardData>(q => q.BuildAsync());

        Assert.Equal(new DashboardRow("合计", true, 6, 3, 1, 4, 0.5, 2), data.Total);
        Assert.Equal(
            [new DashboardRow("融资", true, 2, 2, 0, 3, 0.5, 2), new DashboardRow("土地", true, 4, 1, 1, 9, null, 0)],
            data.By[DashboardDimension.Category]);
        Assert.Equal(
            [new DashboardRow("区工信局", false, 5, 3, 1, 4, 0.5, 2), new DashboardRow(DashboardQueries.Undispatched, true, 1, 0, 0, null, null, 0)],
            data.By[DashboardDimension.Unit]);
        Assert.Equal([("制衣", 6)], data.By[DashboardDimension.Segment].Select(r => (r.Label, r.Collected)));
        Assert.Equal([("2026-11", 6)], data.By[DashboardDimension.Month].Select(r => (r.Label, r.Collected)));
    }

    [Theory]
    [InlineData(new int[0], null)]
    [InlineData(new[] { 7 }, 7.0)]
    [InlineData(new[] { 9, 2, 4 }, 4.0)]
    [InlineData(new[] { 5, 1, 2, 4 }, 3.0)]
    public void Median_is_the_middle_value_or_the_mean_of_the_two_middle_values(int[] values, double? expected) =>
        Assert.Equal(expected, DemandMeasures.Median(values));

    [Fact]
    public void Satisfaction_is_the_share_of_rated_demands_rated_satisfied_or_better()
    {
        Assert.Null(DemandMeasures.Satisfaction([null, null]));
        Assert.Equal(0.75, DemandMeasures.Satisfaction([Satisfaction.VerySatisfied, Satisfaction.Satisfied, Satisfaction.Satisfied, Satisfaction.Neutral, null]));
    }

    private static Demand Demand(
        int enterpriseId, DemandCategory category, int? unitId, DateTime created, DateTime? resolved, DemandState state, Satisfaction? rating, DateOnly? due = null) => new()
    {
        EnterpriseId = enterpriseId, SubmittedByUserId = "u", Category = category, Title = "需求", Description = "说明",
        LeadUnitId = unitId, State = state, CreatedAt = created, UpdatedAt = created, ResolvedAt = resolved, Rating = rating, DueOn = due,
    };
}
