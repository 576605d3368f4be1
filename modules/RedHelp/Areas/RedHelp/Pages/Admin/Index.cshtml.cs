using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Portal.Modules.RedHelp.Domain.Dashboard;

namespace Portal.Modules.RedHelp.Areas.RedHelp.Pages.Admin;

/// <summary>/admin/redhelp: the staff dashboard — collected, resolved, overdue, median days, satisfaction by dimension; Excel export.</summary>
[Authorize(Policy = RedHelpPermissions.Manage)]
public sealed class IndexModel(IStringLocalizer<RedHelpResource> l) : PageModel
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    internal DashboardData Data { get; private set; } = null!;

    /// <summary>The monthly chart's data (JSON) for wwwroot-theme/js/redhelp-dashboard.js.</summary>
    public string ChartJson { get; private set; } = "{}";

    public async Task OnGetAsync()
    {
        Data = await this.Service<DashboardQueries>().BuildAsync(HttpContext.RequestAborted);
        var months = Data.By[DashboardDimension.Month];
        ChartJson = JsonSerializer.Serialize(new
        {
            labels = months.Select(m => m.Label),
            series = new[]
            {
                new { label = l["收集"].Value, data = months.Select(m => m.Collected).ToArray() },
                new { label = l["办结"].Value, data = months.Select(m => m.Resolved).ToArray() },
                new { label = l["超期"].Value, data = months.Select(m => m.Overdue).ToArray() },
            },
        });
    }

    /// <summary>?handler=Excel: the same figures as a workbook, a sheet for the totals and one per dimension.</summary>
    public async Task<IActionResult> OnGetExcelAsync()
    {
        var data = await this.Service<DashboardQueries>().BuildAsync(HttpContext.RequestAborted);
        var name = $"{l["红色帮办统计"].Value}-{data.Today:yyyyMMdd}.xlsx";
        return File(DashboardWorkbook.Build(data, l), ContentType, name);
    }

    /// <summary>A row's label in the page's language: keys (categories, segments, 未派单) are translated, names are data.</summary>
    internal string Label(DashboardRow row) => row.LabelIsKey ? l[row.Label].Value : row.Label;
}
