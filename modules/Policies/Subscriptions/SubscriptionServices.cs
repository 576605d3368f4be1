using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Portal.Core;
using Portal.Core.Events;
using Portal.Core.Notifications;
using Portal.Modules.Policies.Data;
using Portal.Modules.Policies.Domain;
using Portal.Modules.Policies.Jobs;
using Portal.Modules.Policies.Search;

namespace Portal.Modules.Policies.Subscriptions;

/// <summary>The services of policy subscriptions: following a filter, the publication listener, the digest job.</summary>
internal static class SubscriptionServices
{
    public static void Add(IServiceCollection services)
    {
        services.AddDataProtection();
        services.AddScoped(sp => new UnsubscribeTokens(sp.GetRequiredService<IDataProtectionProvider>(), sp.GetRequiredService<IOptions<PortalOptions>>()));
        services.AddScoped(sp => new SubscriptionMail(sp.GetRequiredService<UnsubscribeTokens>(), sp.GetRequiredService<IOptions<PortalOptions>>()));
        services.AddScoped(sp => new SubscriptionService(
            sp.GetRequiredService<PoliciesDbContext>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<UnsubscribeTokens>()));
        services.AddScoped<IEventHandler<PolicyPublished>>(sp => new SubscriptionDispatcher(
            sp.GetRequiredService<PoliciesDbContext>(), sp.GetRequiredService<PolicyFinder>(), sp.GetRequiredService<INotificationService>(),
            sp.GetRequiredService<SubscriptionMail>(), sp.GetRequiredService<TimeProvider>()));
        services.AddScoped(sp => new SendSubscriptionDigests(
            sp.GetRequiredService<PoliciesDbContext>(), sp.GetRequiredService<INotificationService>(),
            sp.GetRequiredService<SubscriptionMail>(), sp.GetRequiredService<TimeProvider>()));
    }
}
