using Portal.Core.Modules;
using Portal.Core.Security;

namespace Portal.Modules.Expo;

public static class ExpoPermissions
{
    public const string Manage = "Expo.Manage";

    /// <summary>Applying for booths and booking exhibition spaces; the pages also require the enterprise to be verified.</summary>
    public const string Exhibit = "Expo.Exhibit";

    public static readonly IReadOnlyList<Permission> All =
    [
        new(Manage, "管理展馆、展销会与展位审核", PortalRoles.Staff),
        new(Exhibit, "申请展位与预订展示空间", PortalRoles.Enterprise),
    ];
}
