using Portal.Core.Modules;
using Portal.Core.Security;

namespace Portal.Modules.Policies;

public static class PoliciesPermissions
{
    public const string Manage = "Policies.Manage";

    public static readonly IReadOnlyList<Permission> All =
    [
        new(Manage, "管理政策、资源与项目清单", PortalRoles.Staff),
    ];
}
