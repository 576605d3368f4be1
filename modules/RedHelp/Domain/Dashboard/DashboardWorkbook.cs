using ClosedXML.Excel;
using Microsoft.Extensions.Localization;

namespace Portal.Modules.RedHelp.Domain.Dashboard;

/// <summary>The dashboard as an Excel workbook: a sheet per dimension plus the totals, headers and labels in the page's language.</summary>
internal static class DashboardWorkbook
{
    public static byte[] Build(DashboardData data, IStringLocalizer l)
    {
        using var book = new XLWorkbook();
        Sheet(book, l["合计"], [data.Total], l);
        foreach (var (dimension, rows) in data.By)
        {
            Sheet(book, l[DashboardText.DimensionName(dimension)], rows, l);
        }

        using var stream = new MemoryStream();
        book.SaveAs(stream);
        return stream.ToArray();
    }

    private static void Sheet(XLWorkbook book, string name, IReadOnlyList<DashboardRow> rows, IStringLocalizer l)
    {
        var sheet = book.Worksheets.Add(name);
        string[] headers = [l["分组"], l["收集"], l["办结"], l["超期"], l["办结用时中位数（工作日）"], l["满意率"], l["已评价"]];
        for (var c = 0; c < headers.Length; c++)
        {
            sheet.Cell(1, c + 1).Value = headers[c];
        }

        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            var line = r + 2;
            sheet.Cell(line, 1).Value = row.LabelIsKey ? l[row.Label].Value : row.Label;
            sheet.Cell(line, 2).Value = row.Collected;
            sheet.Cell(line, 3).Value = row.Resolved;
            sheet.Cell(line, 4).Value = row.Overdue;
            if (row.MedianDays is { } days)
            {
                sheet.Cell(line, 5).Value = days;
            }

            if (row.Satisfaction is { } share)
            {
                sheet.Cell(line, 6).Value = share;
                sheet.Cell(line, 6).Style.NumberFormat.Format = "0%";
            }

            sheet.Cell(line, 7).Value = row.Rated;
        }

        sheet.Row(1).Style.Font.Bold = true;
        sheet.Column(1).Width = 24;
        sheet.Column(5).Width = 28;
    }
}
