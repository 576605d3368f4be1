namespace Portal.Modules.RedHelp.Demands;

/// <summary>Where each party opens a demand.</summary>
internal static class DemandUrls
{
    public const string EnterpriseList = "/my/demands";

    public const string StaffQueue = "/admin/redhelp/dispatch";

    public const string HelperWork = "/redhelp/work";

    public static string ForEnterprise(int id) => $"{EnterpriseList}/{id}";

    public static string ForStaff(int id) => $"{StaffQueue}/{id}";

    public static string ForHelper(int id) => $"{HelperWork}/{id}";
}
