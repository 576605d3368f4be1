using Portal.Core.Time;
using Portal.Modules.RedHelp.Contracts;
using Portal.Modules.RedHelp.Data;
using Portal.Modules.RedHelp.Domain;
using Portal.Testing;

namespace Portal.Modules.RedHelp.Tests;

public sealed class DemandStatisticsTests
{
    [Fact]
    public async Task Figures_are_absent_until_there_is_something_to_measure_then_computed()
    {
        await using var kernel = await KernelHarness.CreateAsync([new RedHelpModule()]);
        var empty = await kernel.WithAsync<IDemandStatistics, DemandFigures>(s => s.GetFiguresAsync());
        Assert.Equal(new DemandFigures(0, null, null), empty);

        await kernel.WithAsync<RedHelpDbContext, int>(db =>
        {
            // Created Monday 2026-11-02 09:00 in Shanghai; resolved after 2, 4 and 9 working days; one still open.
            var created = ChinaTime.ToUtc(new DateTime(2026, 11, 2, 9, 0, 0));
            db.Demands.AddRange(
                Demand(created, created.AddDays(2), DemandState.Closed, Satisfaction.VerySatisfied),
                Demand(created, created.AddDays(4), DemandState.Closed, Satisfaction.Dissatisfied),
                Demand(created, created.AddDays(11), DemandState.Resolved, null),
                Demand(created, null, DemandState.InProgress, null));
            return db.SaveChangesAsync();
        });

        var figures = await kernel.WithAsync<IDemandStatistics, DemandFigures>(s => s.GetFiguresAsync());
        Assert.Equal(3, figures.Resolved);
        Assert.Equal(4, figures.MedianDaysToResolve);
        Assert.Equal(0.5, figures.Satisfaction);
    }

    private static Demand Demand(DateTime created, DateTime? resolved, DemandState state, Satisfaction? rating) => new()
    {
        EnterpriseId = 1, SubmittedByUserId = "u", Category = DemandCategory.Financing, Title = "融资需求", Description = "流动资金贷款",
        State = state, CreatedAt = created, UpdatedAt = created, ResolvedAt = resolved, Rating = rating,
    };
}
