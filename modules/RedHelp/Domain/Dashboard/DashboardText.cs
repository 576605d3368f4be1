using System.Globalization;

namespace Portal.Modules.RedHelp.Domain.Dashboard;

/// <summary>Names and number formats the dashboard page and its workbook share.</summary>
internal static class DashboardText
{
    public static string DimensionName(DashboardDimension dimension) => dimension switch
    {
        DashboardDimension.Category => "按类别",
        DashboardDimension.Unit => "按牵头单位",
        DashboardDimension.Helper => "按帮办员",
        DashboardDimension.Segment => "按行业",
        _ => "按月份",
    };

    public static string Days(double? days) => days is { } d ? d.ToString("0.#", CultureInfo.InvariantCulture) : "—";

    public static string Percent(double? share) => share is { } s ? (s * 100).ToString("0", CultureInfo.InvariantCulture) + "%" : "—";
}
