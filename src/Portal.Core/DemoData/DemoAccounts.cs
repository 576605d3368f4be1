using Portal.Core.Security;

namespace Portal.Core.DemoData;

/// <summary>The four demo accounts; they exist only when <c>Portal:DemoData</c> is true.</summary>
public static class DemoAccounts
{
    public const string Password = "Demo#2026";

    public static readonly IReadOnlyList<(string Email, string Role, string DisplayName)> All =
    [
        ("admin@demo.local", PortalRoles.Admin, "系统管理员"),
        ("staff@demo.local", PortalRoles.Staff, "服务中心 王敏"),
        ("helper@demo.local", PortalRoles.Helper, "帮办员 李建国"),
        ("enterprise@demo.local", PortalRoles.Enterprise, "企业联系人 陈晓红"),
    ];
}
