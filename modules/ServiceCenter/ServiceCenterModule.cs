using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Core.Modules;
using Portal.Core.Security;
using Portal.Modules.ServiceCenter.Center;
using Portal.Modules.ServiceCenter.Data;
using Portal.Modules.ServiceCenter.DemoData;
using Portal.Modules.ServiceCenter.Home;
using Portal.Modules.ServiceCenter.Domain;
using Portal.Modules.ServiceCenter.Jobs;
using Hangfire;
using Portal.Core.Time;

namespace Portal.Modules.ServiceCenter;

public sealed class ServiceCenterModule : IPortalModule
{
    public const string AdminUrl = "/admin/showcase";

    public string Name => "ServiceCenter";

    public string DisplayName => "服务中心展示";

    public IEnumerable<Permission> Permissions => ServiceCenterPermissions.All;

    public IEnumerable<NavItem> Navigation =>
    [
        new(NavMenu.Public, "中心概况", "/center", 10),
        new(NavMenu.Public, "产业链", "/chain", 11),
        new(NavMenu.Public, "企业名录", "/enterprises", 12),
        new(NavMenu.Public, "新闻动态", "/news", 13),
        new(NavMenu.Public, "服务预约", "/services", 14),
        new(NavMenu.Admin, "展示中心管理", AdminUrl, 10, ServiceCenterPermissions.Manage),
        new(NavMenu.My, "企业展示", "/my/showcase", 10, CorePermissions.EnterpriseServices),
        new(NavMenu.My, "我的预约", "/my/appointments", 11, CorePermissions.SignedIn),
    ];

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddPortalDbContext<ServiceCenterDbContext>(ServiceCenterDbContext.TablePrefix);
        services.AddScoped<ShowcaseService>();
        services.AddScoped<ShowcaseEditor>();
        services.AddScoped<IDemoDataSeeder, ShowcaseDemoSeeder>();
        services.AddScoped<AppointmentService>();
        services.AddScoped<AppointmentQueries>();
        services.AddScoped<ServiceCatalog>();
        services.AddScoped<NewsService>();
        services.AddScoped<NewsQueries>();
        services.AddScoped<IDemoDataSeeder, NewsDemoSeeder>();
        services.AddScoped<IDemoDataSeeder, ServiceDemoSeeder>();
        services.AddScoped<LiveFigures>();
        services.AddScoped<HallPhotos>();
        services.AddScoped<IDemoDataSeeder, CenterDemoSeeder>();
        services.AddSingleton(new HomeSection(ServiceCenterHomeViewComponent.Name, 10));
        services.AddScoped(sp => new NewsPublisher(sp.GetRequiredService<ServiceCenterDbContext>(), sp.GetRequiredService<TimeProvider>()));
    }

    public void AddJobs(IRecurringJobManager jobs) =>
        jobs.AddOrUpdate<NewsPublisher>(
            NewsPublisher.JobId, p => p.PublishDueAsync(CancellationToken.None), Cron.Minutely(),
            new RecurringJobOptions { TimeZone = ChinaTime.Zone });
}
