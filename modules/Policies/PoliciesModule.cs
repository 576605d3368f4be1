using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Core.Modules;
using Portal.Modules.Policies.Contracts;
using Portal.Modules.Policies.Data;
using Portal.Modules.Policies.Domain;

namespace Portal.Modules.Policies;

public sealed class PoliciesModule : IPortalModule
{
    public const string AdminUrl = "/admin/policies";

    public string Name => "Policies";

    public string DisplayName => "政策清单";

    public IEnumerable<Permission> Permissions => PoliciesPermissions.All;

    public IEnumerable<NavItem> Navigation =>
    [
        new(NavMenu.Admin, "政策清单管理", AdminUrl, 30, PoliciesPermissions.Manage),
    ];

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddPortalDbContext<PoliciesDbContext>(PoliciesDbContext.TablePrefix);
        services.AddScoped<IResourceDirectory, ResourceDirectory>();
        services.AddScoped<IDemoDataSeeder, DemoData.PoliciesDemoSeeder>();
        FinderServices.Add(services);
    }
}
