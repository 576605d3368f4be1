using Portal.Core.Modules;
using Portal.Core.Security;

namespace Portal.Modules.RedHelp;

public static class RedHelpPermissions
{
    public const string Manage = "RedHelp.Manage";

    public const string Work = "RedHelp.Work";

    /// <summary>An enterprise orders help (企业点单) and follows its own demands.</summary>
    public const string Order = "RedHelp.Order";

    public static readonly IReadOnlyList<Permission> All =
    [
        new(Manage, "派单、巡回服务排期与帮办统计", PortalRoles.Staff),
        new(Work, "办理派给自己的企业需求", PortalRoles.Helper),
        new(Order, "提交和跟踪本企业的帮办需求", PortalRoles.Enterprise),
    ];
}
