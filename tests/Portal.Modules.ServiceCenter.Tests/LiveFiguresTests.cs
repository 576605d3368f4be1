using Portal.Testing;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Core.Enterprises;
using Portal.Modules.Expo.Contracts;
using Portal.Modules.RedHelp.Contracts;
using Portal.Modules.ServiceCenter.Data;
using Portal.Modules.ServiceCenter.Domain;
using Portal.Modules.ServiceCenter.Home;

namespace Portal.Modules.ServiceCenter.Tests;

/// <summary>
/// The home page's figures are computed from their owners. A figure whose module does not provide it is
/// absent (not provided, no value, not shown), never a 0; when the module provides it, its numbers show.
/// </summary>
public sealed class LiveFiguresTests
{
    private static readonly string[] Optional = ["expos", "exhibitors", "demands", "median-days", "satisfaction"];

    [Fact]
    public async Task Without_the_Expo_and_RedHelp_contracts_their_figures_are_absent_not_zero()
    {
        await using var host = await KernelHarness.CreateAsync([new ServiceCenterModule()]);
        await SeedAsync(host);

        var figures = await host.InScopeAsync(sp => sp.GetRequiredService<LiveFigures>().ComputeAsync());

        Assert.Null(host.Services.GetService<IExpoFigures>());
        Assert.All(figures.Where(f => Optional.Contains(f.Id)), f =>
        {
            Assert.False(f.Provided, f.Id);
            Assert.Null(f.Value);
            Assert.False(f.Shown, f.Id);
        });
        Assert.Equal("3", Figure(figures, "enterprises").Value);
        Assert.Equal("2", Figure(figures, "above-size").Value);
        Assert.Equal("2", Figure(figures, "services").Value);
        Assert.All(figures.Where(f => !Optional.Contains(f.Id)), f => Assert.True(f.Shown, f.Id));
    }

    [Fact]
    public async Task With_the_contracts_registered_their_numbers_are_shown()
    {
        await using var host = await KernelHarness.CreateAsync([new ServiceCenterModule()], configure: s =>
        {
            s.AddSingleton<IExpoFigures>(new FixedExpoFigures(new ExpoFigures(7, 42)));
            s.AddSingleton<IDemandStatistics>(new FixedDemandStatistics(new DemandFigures(12, 4.5, 0.9)));
        });
        await SeedAsync(host);

        var figures = await host.InScopeAsync(sp => sp.GetRequiredService<LiveFigures>().ComputeAsync());

        Assert.Equal("7", Figure(figures, "expos").Value);
        Assert.Equal("42", Figure(figures, "exhibitors").Value);
        Assert.Equal("12", Figure(figures, "demands").Value);
        Assert.Equal("4.5", Figure(figures, "median-days").Value);
        Assert.Equal("90", Figure(figures, "satisfaction").Value);
        Assert.All(figures, f => Assert.True(f.Shown, f.Id));
        Assert.Equal(LiveFigures.SourceExpo, Figure(figures, "expos").Source);
        Assert.Equal(LiveFigures.SourceRedHelp, Figure(figures, "satisfaction").Source);
    }

    [Fact]
    public async Task A_provided_figure_with_nothing_to_measure_yet_is_not_shown_but_is_not_absent()
    {
        await using var host = await KernelHarness.CreateAsync([new ServiceCenterModule()], configure: s =>
            s.AddSingleton<IDemandStatistics>(new FixedDemandStatistics(new DemandFigures(0, null, null))));

        var figures = await host.InScopeAsync(sp => sp.GetRequiredService<LiveFigures>().ComputeAsync());

        Assert.Equal("0", Figure(figures, "demands").Value);
        var median = Figure(figures, "median-days");
        Assert.True(median.Provided);
        Assert.Null(median.Value);
        Assert.False(median.Shown);
        Assert.False(Figure(figures, "expos").Provided);
    }

    private static LiveFigure Figure(IReadOnlyList<LiveFigure> figures, string id) => Assert.Single(figures, f => f.Id == id);

    /// <summary>Three verified enterprises (two above designated size), one unverified; two services done, one scheduled.</summary>
    private static Task SeedAsync(KernelHarness host) => host.InScopeAsync(async sp =>
    {
        var core = sp.GetRequiredService<CoreDbContext>();
        var n = 0;
        foreach (var (state, above) in new[] { (VerificationState.Verified, true), (VerificationState.Verified, true), (VerificationState.Verified, false), (VerificationState.Unverified, true) })
        {
            n++;
            core.Enterprises.Add(new Enterprise
            {
                Name = $"测试纺织{n}有限公司", Slug = $"test-{n}", CreditCode = $"91360100MA3500000{n}", Segment = Segment.Dyeing,
                TownId = host.TownId, Size = SizeClass.Small, AboveDesignatedSize = above, Verification = state, FoundedYear = 2010,
            });
        }

        await core.SaveChangesAsync();

        var db = sp.GetRequiredService<ServiceCenterDbContext>();
        var service = new CenterService { Name = "面料检测", Slug = "testing", Category = ServiceCategory.Testing };
        db.Services.Add(service);
        foreach (var state in new[] { AppointmentState.Done, AppointmentState.Done, AppointmentState.Scheduled })
        {
            db.Appointments.Add(new Appointment { Service = service, EnterpriseId = 1, State = state, Need = "检测" });
        }

        await db.SaveChangesAsync();
    });

    private sealed class FixedExpoFigures(ExpoFigures figures) : IExpoFigures
    {
        public Task<ExpoFigures> GetFiguresAsync(CancellationToken cancellationToken = default) => Task.FromResult(figures);

        public Task<IReadOnlyList<ExhibitedExpo>> ExposOfEnterpriseAsync(int enterpriseId, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<ExhibitedExpo>>([]);
    }

    private sealed class FixedDemandStatistics(DemandFigures figures) : IDemandStatistics
    {
        public Task<DemandFigures> GetFiguresAsync(CancellationToken cancellationToken = default) => Task.FromResult(figures);
    }
}

public sealed class HomeSectionRegistrationTests
{
    [Fact]
    public void The_module_contributes_its_home_section_by_the_view_components_name()
    {
        var services = new ServiceCollection();
        new ServiceCenterModule().AddServices(services, new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build());
        var section = Assert.Single(services, d => d.ServiceType == typeof(Portal.Core.Modules.HomeSection)).ImplementationInstance;
        Assert.Equal(new Portal.Core.Modules.HomeSection("ServiceCenterHome", 10), section);
        Assert.Equal("ServiceCenterHome", ServiceCenterHomeViewComponent.Name);
    }
}
