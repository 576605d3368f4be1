using Hangfire;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Core.Modules;
using Portal.Core.Time;
using Portal.Modules.Policies.Contracts;
using Portal.Modules.Policies.Data;
using Portal.Modules.Policies.Domain;
using Portal.Modules.Policies.Jobs;

namespace Portal.Modules.Policies;

public sealed class PoliciesModule : IPortalModule
{
    public const string AdminUrl = "/admin/policies";

    public string Name => "Policies";

    public string DisplayName => "政策清单";

    public IEnumerable<Permission> Permissions => PoliciesPermissions.All;

    public IEnumerable<NavItem> Navigation =>
    [
        new(NavMenu.Public, "惠企政策", "/policies", 16),
        new(NavMenu.My, "我的政策", "/my/policies", 22, PoliciesPermissions.Match),
        new(NavMenu.Admin, "政策清单管理", AdminUrl, 30, PoliciesPermissions.Manage),
    ];

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddPortalDbContext<PoliciesDbContext>(PoliciesDbContext.TablePrefix);
        services.AddScoped<IResourceDirectory, ResourceDirectory>();
        services.AddScoped<IDemoDataSeeder, DemoData.PoliciesDemoSeeder>();
        services.AddScoped<PolicyAudit>();
        services.AddScoped<PolicyService>();
        services.AddScoped<ResourceService>();
        services.AddScoped<ProjectService>();
        services.AddScoped<PolicyAttachments>();
        services.AddScoped<Admin.PolicyAdminQueries>();
        services.AddScoped<Admin.ResourceAdminQueries>();
        services.AddScoped<Admin.ProjectAdminQueries>();
        services.AddScoped<Admin.ListImporter>();
        services.AddScoped<Admin.PolicyImporter>();
        services.AddScoped(sp => new PublishScheduledPolicies(sp.GetRequiredService<PolicyService>()));
        services.AddScoped(sp => new ExpirePolicies(sp.GetRequiredService<PolicyService>()));
        services.AddScoped(sp => new RemindClosingPolicies(
            sp.GetRequiredService<PoliciesDbContext>(), sp.GetRequiredService<Portal.Core.Enterprises.IEnterpriseDirectory>(),
            sp.GetRequiredService<Portal.Core.Notifications.INotificationService>(), sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<Portal.Core.PortalOptions>>()));
        FinderServices.Add(services);
        Subscriptions.SubscriptionServices.Add(services);
    }

    public void AddJobs(IRecurringJobManager jobs)
    {
        var china = new RecurringJobOptions { TimeZone = ChinaTime.Zone };
        jobs.AddOrUpdate<PublishScheduledPolicies>(PublishScheduledPolicies.JobId, j => j.RunAsync(CancellationToken.None), "*/5 * * * *", china);
        jobs.AddOrUpdate<ExpirePolicies>(ExpirePolicies.JobId, j => j.RunAsync(CancellationToken.None), "5 0 * * *", china);
        jobs.AddOrUpdate<RemindClosingPolicies>(RemindClosingPolicies.JobId, j => j.RunAsync(CancellationToken.None), "30 8 * * *", china);
        jobs.AddOrUpdate<SendSubscriptionDigests>(SendSubscriptionDigests.JobId, j => j.RunAsync(CancellationToken.None), "0 8 * * *", china);
    }
}
