using System.Net;
using Portal.Core.Security;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests.Policies;

/// <summary>
/// The resource and project lists' Excel pages through the real host: the export follows the list's filters, an exported
/// sheet uploaded again is checked row by row (nothing saved) and then imported; a sheet with a bad row reports that row.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class ListExcelPageTests(PortalFactory factory)
{
    [Theory]
    [InlineData("resources", "?kind=Service&category=Labour", "resource-row")]
    [InlineData("projects", "?state=Done", "project-row")]
    public async Task The_filtered_export_uploaded_again_is_checked_then_imported_and_a_bad_row_is_reported(string list, string filter, string rowMark)
    {
        using var staff = await Accounts.ClientAsync(factory, PortalRoles.Staff);
        var page = $"/admin/policies/{list}/import";
        using (var template = await ExcelPages.WorkbookAsync(staff, page + "?handler=Template"))
        {
            Assert.Equal(1, template.Worksheet(1).LastRowUsed()!.RowNumber());
        }

        using var export = await ExcelPages.WorkbookAsync(staff, $"/admin/policies/{list}/export{filter}");
        var expected = await RowsAsync(staff, $"/admin/policies/{list}{filter}", rowMark);
        Assert.InRange(expected, 2, 19); // the demo data has a few; one page shows them all
        Assert.Equal(expected + 1, export.Worksheet(1).LastRowUsed()!.RowNumber());
        var before = await TotalAsync(staff, list);

        // A bad copy of the first row: a kind / state nobody knows.
        export.Worksheet(1).Row(2).CopyTo(export.Worksheet(1).Row(expected + 2));
        export.Worksheet(1).Cell(expected + 2, list == "resources" ? 2 : 5).Value = "不存在的值";
        var report = WebUtility.HtmlDecode(await ExcelPages.CheckAsync(staff, page, ExcelPages.Bytes(export)));
        Assert.Contains($"共 {expected + 1} 行：{expected} 行可以导入，1 行有误。", report);
        Assert.Contains("“不存在的值”", report);
        Assert.Equal(before, await TotalAsync(staff, list)); // nothing saved by the check

        var import = await ExcelPages.ImportAsync(staff, page, report);
        Assert.Equal(HttpStatusCode.Redirect, import.StatusCode);
        Assert.Equal(2 * expected, await RowsAsync(staff, $"/admin/policies/{list}{filter}", rowMark));
        Assert.Equal(before + expected, await TotalAsync(staff, list));
        Assert.Contains($"从 Excel 导入 {expected} ", WebUtility.HtmlDecode(await staff.GetStringAsync("/admin/policies/audit")));
    }

    [Theory]
    [InlineData("resources")]
    [InlineData("projects")]
    public async Task A_file_that_is_not_a_workbook_or_a_forged_key_is_refused_with_a_message(string list)
    {
        using var staff = await Accounts.ClientAsync(factory, PortalRoles.Staff);
        var page = $"/admin/policies/{list}/import";
        var report = await ExcelPages.CheckAsync(staff, page, "不是表格"u8.ToArray());
        Assert.Contains("data-testid=\"import-error\"", report);

        var forged = await Forms.PostAnywayAsync(staff, page, new Dictionary<string, string> { ["UploadKey"] = "../../etc/passwd" }, page + "?handler=Import");
        Assert.Equal(HttpStatusCode.OK, forged.StatusCode);
        Assert.Contains("找不到已检查的文件，请重新上传。", WebUtility.HtmlDecode(await forged.Content.ReadAsStringAsync()));
    }

    private static async Task<int> RowsAsync(HttpClient staff, string url, string rowMark) =>
        System.Text.RegularExpressions.Regex.Matches(await staff.GetStringAsync(url), $"data-testid=\"{rowMark}\"").Count;

    /// <summary>The "共 N 条" of the whole list.</summary>
    private static async Task<int> TotalAsync(HttpClient staff, string list)
    {
        var html = WebUtility.HtmlDecode(await staff.GetStringAsync($"/admin/policies/{list}"));
        return int.Parse(System.Text.RegularExpressions.Regex.Match(html, "共 (\\d+) 条").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }
}
