using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.RedHelp.Contracts;
using Portal.Modules.RedHelp.Data;
using Portal.Modules.RedHelp.DemoData;
using Portal.Modules.RedHelp.Domain;
using Portal.Testing;

namespace Portal.Modules.RedHelp.Tests;

public sealed class RedHelpDemoDataTests
{
    [Fact]
    public async Task Demo_data_builds_the_team_and_a_demand_pool_in_every_state_once()
    {
        await using var kernel = await KernelHarness.CreateAsync([new RedHelpModule()]);
        var enterprises = await kernel.AddEnterprisesAsync(20);
        var demoHelper = await kernel.AddUserAsync("helper@demo.local", Portal.Core.Security.PortalRoles.Helper, "李建国");
        Task<int> SeedAsync() => kernel.InScopeAsync(async sp =>
        {
            await ActivatorUtilities.CreateInstance<RedHelpDemoSeeder>(sp).SeedAsync(CancellationToken.None);
            return 0;
        });

        await SeedAsync();
        await SeedAsync();

        await kernel.WithAsync<RedHelpDbContext, int>(async db =>
        {
            Assert.Equal(33, await db.Helpers.CountAsync());
            Assert.True(await db.Assignments.CountAsync(a => a.HelperUserId == demoHelper) >= 2, "the demo helper looks after several enterprises");
            Assert.Equal(3, await db.Units.CountAsync(u => u.Kind == UnitKind.DistrictDepartment));
            Assert.Equal(enterprises.Select(e => e.EnterpriseId).Order(), (await db.Assignments.Select(a => a.EnterpriseId).ToListAsync()).Order());
            Assert.Equal(150, await db.Demands.CountAsync());
            Assert.Equal(Enum.GetValues<DemandState>().Order(), (await db.Demands.Select(d => d.State).Distinct().ToListAsync()).Order());
            Assert.False(await db.Demands.AnyAsync(d => !d.Timeline.Any()));
            Assert.Equal(7, await db.RovingSessions.CountAsync());
            return 0;
        });
        var figures = await kernel.WithAsync<IDemandStatistics, DemandFigures>(s => s.GetFiguresAsync());
        Assert.True(figures.Resolved > 0);
        Assert.NotNull(figures.MedianDaysToResolve);
        Assert.InRange(figures.Satisfaction!.Value, 0.5, 1.0);
    }
}
