using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Core.Modules;
using Hangfire;
using Portal.Core.Time;
using Portal.Modules.Expo.Contracts;
using Portal.Modules.Expo.Data;
using Portal.Modules.Expo.Domain;
using Portal.Modules.Expo.Jobs;

namespace Portal.Modules.Expo;

public sealed class ExpoModule : IPortalModule
{
    public const string AdminUrl = "/admin/expo";

    public string Name => "Expo";

    public string DisplayName => "展销会";

    public IEnumerable<Permission> Permissions => ExpoPermissions.All;

    public IEnumerable<NavItem> Navigation =>
    [
        new(NavMenu.Public, "展销会", "/expo", 15),
        new(NavMenu.Admin, "展销会管理", AdminUrl, 20, ExpoPermissions.Manage),
        new(NavMenu.My, "我的展位申请", "/my/expo", 20, ExpoPermissions.Exhibit),
        new(NavMenu.My, "我的展示空间预订", "/my/expo/bookings", 21, ExpoPermissions.Exhibit),
    ];

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddPortalDbContext<ExpoDbContext>(ExpoDbContext.TablePrefix);
        services.AddScoped<BoothApplicationService>();
        services.AddScoped<SpaceBookingService>();
        services.AddScoped<ExpoEditor>();
        services.AddScoped<BoothTableEditor>();
        services.AddScoped<Public.PublicExpoQueries>();
        services.AddScoped<Exhibitors.ExhibitorQueries>();
        services.AddScoped<Admin.ExpoAdminQueries>();
        services.AddScoped<Spaces.SpaceQueries>();
        services.AddScoped<IExpoFigures, ExpoFiguresProvider>();
        services.AddScoped(sp => new OfferExpiry(sp.GetRequiredService<BoothApplicationService>()));
        services.AddScoped(sp => new EveReminderJob(
            sp.GetRequiredService<ExpoDbContext>(), sp.GetRequiredService<Portal.Core.Notifications.INotificationService>(), sp.GetRequiredService<TimeProvider>()));
        services.AddScoped<IDemoDataSeeder, DemoData.ExpoDemoSeeder>();
    }

    public void AddJobs(IRecurringJobManager jobs)
    {
        var china = new RecurringJobOptions { TimeZone = ChinaTime.Zone };
        jobs.AddOrUpdate<OfferExpiry>(OfferExpiry.JobId, j => j.RunAsync(CancellationToken.None), "*/10 * * * *", china);
        jobs.AddOrUpdate<EveReminderJob>(EveReminderJob.JobId, j => j.RunAsync(CancellationToken.None), EveReminderJob.Cron, china);
    }
}
