namespace Portal.Core.Security;

public static class PortalRoles
{
    public const string Admin = "Admin";
    public const string Staff = "Staff";
    public const string Helper = "Helper";
    public const string Enterprise = "Enterprise";

    public static readonly IReadOnlyList<string> All = [Admin, Staff, Helper, Enterprise];

    public static string DisplayName(string role) => role switch
    {
        Admin => "系统管理员",
        Staff => "服务中心工作人员",
        Helper => "帮办员",
        Enterprise => "企业用户",
        _ => role,
    };
}
