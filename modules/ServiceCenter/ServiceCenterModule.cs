using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Core.Modules;
using Portal.Modules.ServiceCenter.Data;

namespace Portal.Modules.ServiceCenter;

public sealed class ServiceCenterModule : IPortalModule
{
    public const string AdminUrl = "/admin/showcase";

    public string Name => "ServiceCenter";

    public string DisplayName => "服务中心展示";

    public IEnumerable<Permission> Permissions => ServiceCenterPermissions.All;

    public IEnumerable<NavItem> Navigation =>
    [
        new(NavMenu.Admin, "展示中心管理", AdminUrl, 10, ServiceCenterPermissions.Manage),
    ];

    public void AddServices(IServiceCollection services, IConfiguration configuration) =>
        services.AddPortalDbContext<ServiceCenterDbContext>(ServiceCenterDbContext.TablePrefix);
}
