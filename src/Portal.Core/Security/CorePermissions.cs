using Portal.Core.Modules;

namespace Portal.Core.Security;

/// <summary>Permissions that belong to the kernel and the host rather than to a module.</summary>
public static class CorePermissions
{
    /// <summary>Any signed-in user: their own page, inbox and settings.</summary>
    public const string SignedIn = "Core.SignedIn";
    public const string AdminAccess = "Core.Admin.Access";
    public const string ManageUsers = "Core.Users.Manage";
    public const string ManageJobs = "Core.Jobs.Manage";
    public const string VerifyEnterprises = "Core.Enterprises.Verify";

    /// <summary>An enterprise user's own services (showcase, bookings, demands, matched policies); menus under /my use it.</summary>
    public const string EnterpriseServices = "Core.Enterprise.Services";

    public static readonly IReadOnlyList<Permission> All =
    [
        new(AdminAccess, "进入后台", PortalRoles.Admin, PortalRoles.Staff),
        new(ManageUsers, "管理用户与角色", PortalRoles.Admin),
        new(ManageJobs, "管理后台任务", PortalRoles.Admin),
        new(VerifyEnterprises, "审核企业", PortalRoles.Admin, PortalRoles.Staff),
        new(EnterpriseServices, "以企业身份办理业务", PortalRoles.Enterprise),
    ];
}
