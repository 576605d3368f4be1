using System.Globalization;
using ClosedXML.Excel;
using Portal.Core;

namespace Portal.Modules.Policies.Admin;

/// <summary>One data row of an uploaded sheet, as the import report shows it.</summary>
internal interface IImportRow
{
    int RowNumber { get; }

    string Title { get; }

    bool IsValid { get; }

    IReadOnlyList<Refusal> Errors { get; }
}

/// <summary>One data row of an uploaded sheet: its number in Excel, the item it describes, and what is wrong with it.</summary>
internal sealed record ImportRow<T>(int RowNumber, string Title, T? Input, IReadOnlyList<Refusal> Errors) : IImportRow
    where T : class
{
    public bool IsValid => Input is not null && Errors.Count == 0;
}

/// <summary>
/// A list as an Excel sheet, shared by the three lists: the header row is the template, data rows are text cells
/// (a formula-looking value stays text and is never evaluated), and an upload is read back row by row after its
/// header is checked against the template.
/// </summary>
internal static class ExcelSheet
{
    public const int MaxRows = 2000;

    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] Write(string sheetName, IReadOnlyList<string> columns, IEnumerable<string[]> rows)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet(sheetName);
        for (var c = 0; c < columns.Count; c++)
        {
            sheet.Cell(1, c + 1).Value = columns[c];
            sheet.Cell(1, c + 1).Style.Font.Bold = true;
        }

        var row = 2;
        foreach (var values in rows)
        {
            for (var c = 0; c < values.Length; c++)
            {
                sheet.Cell(row, c + 1).SetValue(values[c]);
                sheet.Cell(row, c + 1).DataType = XLDataType.Text;
            }

            row++;
        }

        // Fixed widths: measuring text (AdjustToContents) needs libgdiplus, which servers do not have.
        sheet.Columns(1, columns.Count).Width = 18;
        sheet.Column(1).Width = 40;
        sheet.Column(columns.Count).Width = 60;
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    /// <summary>Reads an upload; null with a refusal when it is not a readable sheet with the template's header or has no data row.</summary>
    public static (IReadOnlyList<T>? Rows, Refusal? Refusal) Read<T>(Stream content, IReadOnlyList<string> columns, Func<int, IReadOnlyList<IXLCell>, T> readRow)
    {
        XLWorkbook workbook;
        try
        {
            workbook = new XLWorkbook(content);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return (default, Refusal.Form("无法读取该文件，请上传由模板填写的 .xlsx 文件。"));
        }

        using (workbook)
        {
            var sheet = workbook.Worksheets.FirstOrDefault();
            if (sheet is null || Enumerable.Range(0, columns.Count).Any(c => sheet.Cell(1, c + 1).GetString().Trim() != columns[c]))
            {
                return (default, Refusal.Form("表头与模板不一致，请先下载模板再填写。"));
            }

            var last = sheet.LastRowUsed()?.RowNumber() ?? 1;
            if (last - 1 > MaxRows)
            {
                return (default, Refusal.Form("一次最多导入 {0} 行。", MaxRows));
            }

            var rows = new List<T>();
            for (var r = 2; r <= last; r++)
            {
                var cells = Enumerable.Range(1, columns.Count).Select(c => sheet.Cell(r, c)).ToList();
                if (cells.All(c => c.GetString().Trim().Length == 0))
                {
                    continue;
                }

                rows.Add(readRow(r, cells));
            }

            return rows.Count == 0 ? (default, Refusal.Form("表格中没有数据行。")) : (rows, null);
        }
    }
}

/// <summary>Reading one cell of a data row; each problem is added to the row's errors, naming its column.</summary>
internal static class ExcelCells
{
    public static string Text(this IReadOnlyList<IXLCell> cells, int column) => cells[column].GetString().Trim();

    /// <summary>A required cell: the value whose Chinese name is written, or an error.</summary>
    public static T? Pick<T>(string text, IReadOnlyList<T> all, Func<T, string> name, string column, List<Refusal> errors)
        where T : struct, Enum
    {
        var found = all.Where(v => name(v) == text).Select(v => (T?)v).FirstOrDefault();
        if (found is null)
        {
            errors.Add(new Refusal(column, text.Length == 0 ? "缺少{0}。" : "无法识别的{0}“{1}”。", text.Length == 0 ? [column] : [column, text]));
        }

        return found;
    }

    /// <summary>A list of Chinese names separated by 、 , ; (either width).</summary>
    public static List<T> Many<T>(string text, IReadOnlyList<T> all, Func<T, string> name, string column, List<Refusal> errors)
    {
        var result = new List<T>();
        foreach (var part in text.Split(['、', ',', '，', ';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var match = all.Where(v => name(v) == part).ToList();
            if (match.Count == 0)
            {
                errors.Add(new Refusal(column, "无法识别的{0}“{1}”。", [column, part]));
            }

            result.AddRange(match);
        }

        return result;
    }

    public static bool? YesNo(string text, string column, List<Refusal> errors, bool allowEmpty)
    {
        switch (text)
        {
            case "是":
                return true;
            case "否":
                return false;
            case "" when allowEmpty:
                return null;
            default:
                errors.Add(new Refusal(column, "{0}只能填“是”或“否”，不能是“{1}”。", [column, text]));
                return null;
        }
    }

    public static DateOnly? Date(IXLCell cell, string column, List<Refusal> errors)
    {
        if (cell.DataType == XLDataType.DateTime && cell.TryGetValue<DateTime>(out var dateTime))
        {
            return DateOnly.FromDateTime(dateTime);
        }

        var text = cell.GetString().Trim();
        if (text.Length == 0)
        {
            return null;
        }

        string[] formats = ["yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyy年M月d日"];
        if (DateOnly.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors.Add(new Refusal(column, "{0}“{1}”不是有效日期（应为 2026-12-31 的格式）。", [column, text]));
        return null;
    }

    /// <summary>A whole number (a number cell or text), or an error.</summary>
    public static int? Whole(string text, string column, List<Refusal> errors)
    {
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        errors.Add(new Refusal(column, text.Length == 0 ? "缺少{0}。" : "{0}“{1}”不是整数。", text.Length == 0 ? [column] : [column, text]));
        return null;
    }

    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}
