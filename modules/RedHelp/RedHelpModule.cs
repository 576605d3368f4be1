using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Core.Modules;
using Portal.Modules.RedHelp.Data;

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
    ];

    public void AddServices(IServiceCollection services, IConfiguration configuration) =>
        services.AddPortalDbContext<RedHelpDbContext>(RedHelpDbContext.TablePrefix);
}
