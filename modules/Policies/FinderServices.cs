using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Policies.Search;

namespace Portal.Modules.Policies;

/// <summary>The services of the public finder, the enterprise matches and the subscriptions.</summary>
internal static class FinderServices
{
    public static void Add(IServiceCollection services)
    {
        services.AddScoped<PolicyFinder>();
        services.AddSingleton<FinderRowCache>();
        services.AddScoped<Lists.PublicLists>();
        services.AddScoped<Matching.PolicyMatches>();
    }
}
