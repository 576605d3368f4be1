using Portal.Core.Modules;
using Portal.Core.Security;

namespace Portal.Modules.ServiceCenter;

public static class ServiceCenterPermissions
{
    public const string Manage = "ServiceCenter.Manage";

    public static readonly IReadOnlyList<Permission> All =
    [
        new(Manage, "管理服务中心展示内容、新闻与预约", PortalRoles.Staff),
    ];
}
