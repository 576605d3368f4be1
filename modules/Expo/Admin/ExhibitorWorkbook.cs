using ClosedXML.Excel;
using Microsoft.Extensions.Localization;
using Portal.Core.Enterprises;
using Portal.Core.Time;
using Portal.Modules.Expo.Domain;
using Portal.Modules.Expo.Exhibitors;

namespace Portal.Modules.Expo.Admin;

/// <summary>An expo's exhibitors as an Excel workbook: one row per approved or checked-in application, headers in the page's language.</summary>
internal static class ExhibitorWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] Build(ProductExpo expo, IReadOnlyList<ApplicationView> exhibitors, IReadOnlyDictionary<int, EnterpriseProfile> enterprises, IStringLocalizer l)
    {
        using var book = new XLWorkbook();
        var sheet = book.Worksheets.Add(l["展商名单"]);
        sheet.Cell(1, 1).Value = expo.Title;
        sheet.Cell(1, 2).Value = $"{expo.StartsOn:yyyy-MM-dd} – {expo.EndsOn:yyyy-MM-dd}";
        string[] headers =
        [
            l["展位号"], l["展区"], l["面积（平方米）"], l["企业名称"], l["统一社会信用代码"], l["产业链环节"], l["镇街园区"],
            l["联系人"], l["联系电话"], l["参展产品"], l["状态"], l["签到时间"],
        ];
        for (var c = 0; c < headers.Length; c++)
        {
            sheet.Cell(2, c + 1).Value = headers[c];
        }

        var line = 3;
        foreach (var view in exhibitors)
        {
            var a = view.Application;
            var enterprise = enterprises.GetValueOrDefault(a.EnterpriseId);
            sheet.Cell(line, 1).Value = view.Booth?.Code ?? "";
            sheet.Cell(line, 2).Value = view.Booth?.Zone ?? "";
            sheet.Cell(line, 3).Value = view.Booth?.AreaSquareMetres ?? 0m;
            sheet.Cell(line, 4).Value = enterprise?.Name ?? $"#{a.EnterpriseId}";
            sheet.Cell(line, 5).Value = enterprise?.CreditCode ?? "";
            sheet.Cell(line, 6).Value = enterprise is null ? "" : l[enterprise.Segment.ChineseName()].Value;
            sheet.Cell(line, 7).Value = enterprise?.TownName ?? "";
            sheet.Cell(line, 8).Value = enterprise?.ContactName ?? "";
            sheet.Cell(line, 9).Value = enterprise?.ContactPhone ?? "";
            sheet.Cell(line, 10).Value = a.Products;
            sheet.Cell(line, 11).Value = l[a.State.ChineseName()].Value;
            sheet.Cell(line, 12).Value = a.CheckedInAt is { } at ? ChinaTime.Format(at) : "";
            line++;
        }

        sheet.Row(2).Style.Font.Bold = true;
        sheet.Row(1).Style.Font.Bold = true;
        // Fixed widths: measuring text would need a font library on the server.
        double[] widths = [10, 10, 10, 32, 22, 12, 16, 10, 16, 40, 10, 18];
        for (var c = 0; c < widths.Length; c++)
        {
            sheet.Column(c + 1).Width = widths[c];
        }
        sheet.SheetView.FreezeRows(2);
        using var stream = new MemoryStream();
        book.SaveAs(stream);
        return stream.ToArray();
    }
}
