using Portal.Core.Modules;
using Portal.Core.Security;

namespace Portal.Modules.Policies;

public static class PoliciesPermissions
{
    public const string Manage = "Policies.Manage";

    /// <summary>An enterprise's own policy matches (/my/policies).</summary>
    public const string Match = "Policies.Match";

    public static readonly IReadOnlyList<Permission> All =
    [
        new(Manage, "管理政策、资源与项目清单", PortalRoles.Staff),
        new(Match, "查看本企业适用的惠企政策", PortalRoles.Enterprise),
    ];
}
