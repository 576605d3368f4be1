using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Core.Modules;
using Hangfire;
using Portal.Core.Time;
using Portal.Modules.RedHelp.Data;
using Portal.Modules.RedHelp.Domain;
using Portal.Modules.RedHelp.Jobs;
using Portal.Modules.RedHelp.Domain.RovingService;
using Portal.Modules.RedHelp.Domain.Team;

namespace Portal.Modules.RedHelp;

public sealed class RedHelpModule : IPortalModule
{
    public const string AdminUrl = "/admin/redhelp";

    public string Name => "RedHelp";

    public string DisplayName => "红色帮办";

    public IEnumerable<Permission> Permissions => RedHelpPermissions.All;

    public IEnumerable<NavItem> Navigation =>
    [
        new(NavMenu.Admin, "红色帮办管理", AdminUrl, 40, RedHelpPermissions.Manage),
        new(NavMenu.Admin, "需求派单", Demands.DemandUrls.StaffQueue, 41, RedHelpPermissions.Manage),
        new(NavMenu.My, "帮办工作台", Demands.DemandUrls.HelperWork, 21, RedHelpPermissions.Work),
        new(NavMenu.My, "我的需求", Demands.DemandUrls.EnterpriseList, 20, RedHelpPermissions.Order),
    ];

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddPortalDbContext<RedHelpDbContext>(RedHelpDbContext.TablePrefix);
        var dueDays = new DueDayOptions();
        configuration.GetSection(DueDayOptions.Section).Bind(dueDays);
        services.AddSingleton(dueDays);
        services.AddSingleton<DueDates>();
        services.AddScoped<RovingReminders>();
        AddTeamServices(services);
        services.AddScoped<Demands.DemandViewers>();
        services.AddScoped<Demands.DemandRouting>();
        services.AddScoped<Demands.DemandNotices>();
        services.AddScoped<Demands.DemandService>();
        services.AddScoped<Demands.DemandAttachments>();
        services.AddScoped<Demands.DemandQueries>();
        services.AddScoped<Demands.DispatchChoices>();
        services.AddScoped<Visits.VisitService>();
        services.AddScoped<Contracts.IDemandStatistics, DemandStatistics>();
        services.AddScoped<Domain.Dashboard.DashboardQueries>();
        services.AddScoped<IDemoDataSeeder, DemoData.RedHelpDemoSeeder>();
        services.AddScoped(sp => new OverdueNudgeJob(
            sp.GetRequiredService<RedHelpDbContext>(), sp.GetRequiredService<Core.Notifications.INotificationService>(),
            sp.GetRequiredService<DueDates>(), sp.GetRequiredService<TimeProvider>()));
        services.AddScoped(sp => new RovingReminderJob(sp.GetRequiredService<RovingReminders>(), sp.GetRequiredService<TimeProvider>()));
    }

    /// <summary>Team, assignments, roving service, reminder report and dashboard.</summary>
    private static void AddTeamServices(IServiceCollection services)
    {
        services.AddScoped<TeamQueries>();
        services.AddScoped<AssignmentService>();
        services.AddScoped<AssignmentHistory>();
        services.AddScoped<RovingQueries>();
        services.AddScoped<RovingSessionService>();
        services.AddScoped<RovingSignups>();
        services.AddScoped<Domain.Reminders.ReminderReport>();
    }

    public void AddJobs(IRecurringJobManager jobs)
    {
        jobs.AddOrUpdate<RovingReminderJob>(
            RovingReminderJob.JobId, j => j.RunAsync(CancellationToken.None), RovingReminderJob.Cron,
            new RecurringJobOptions { TimeZone = ChinaTime.Zone, MisfireHandling = MisfireHandlingMode.Relaxed });
        jobs.AddOrUpdate<OverdueNudgeJob>(
            OverdueNudgeJob.JobId, j => j.RunAsync(CancellationToken.None), OverdueNudgeJob.Cron,
            new RecurringJobOptions { TimeZone = ChinaTime.Zone, MisfireHandling = MisfireHandlingMode.Relaxed });
    }
}
