using Portal.Core.Modules;
using Portal.Core.Security;

namespace Portal.Modules.Expo;

public static class ExpoPermissions
{
    public const string Manage = "Expo.Manage";

    public static readonly IReadOnlyList<Permission> All =
    [
        new(Manage, "管理展馆、展销会与展位审核", PortalRoles.Staff),
    ];
}
