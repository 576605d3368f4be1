using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Core.Modules;
using Portal.Modules.Expo.Data;

namespace Portal.Modules.Expo;

public sealed class ExpoModule : IPortalModule
{
    public const string AdminUrl = "/admin/expo";

    public string Name => "Expo";

    public string DisplayName => "展销会";

    public IEnumerable<Permission> Permissions => ExpoPermissions.All;

    public IEnumerable<NavItem> Navigation =>
    [
        new(NavMenu.Admin, "展销会管理", AdminUrl, 20, ExpoPermissions.Manage),
    ];

    public void AddServices(IServiceCollection services, IConfiguration configuration) =>
        services.AddPortalDbContext<ExpoDbContext>(ExpoDbContext.TablePrefix);
}
