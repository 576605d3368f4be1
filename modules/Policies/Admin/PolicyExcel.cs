using System.Globalization;
using ClosedXML.Excel;
using Portal.Core;
using Portal.Core.Enterprises;
using Portal.Modules.Policies.Domain;

namespace Portal.Modules.Policies.Admin;

/// <summary>One data row of an uploaded sheet: its number in Excel, the policy it describes, and what is wrong with it.</summary>
internal sealed record ImportRow(int RowNumber, string Title, PolicyInput? Input, IReadOnlyList<Refusal> Errors)
{
    public bool IsValid => Input is not null && Errors.Count == 0;
}

/// <summary>
/// The policy list as an Excel sheet: the template, the export (same columns, so an export can be edited and
/// imported back) and the reading of an upload into per-row results. Lists of segments and sizes are written
/// with 、 between their Chinese names; yes/no columns take 是/否; dates are yyyy-MM-dd or Excel dates.
/// </summary>
internal static class PolicyExcel
{
    public const string SheetName = "政策清单";
    public const int MaxRows = 2000;

    public static readonly IReadOnlyList<string> Columns =
    [
        "标题", "文号", "发文单位", "层级", "支持领域", "支持方式", "适用行业", "企业规模", "规上企业", "最高金额（万元）",
        "申报开始日期", "申报截止日期", "免申即享", "联系方式", "受理地址", "原文链接", "正文",
    ];

    public static byte[] Write(IEnumerable<Policy> policies)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet(SheetName);
        for (var c = 0; c < Columns.Count; c++)
        {
            sheet.Cell(1, c + 1).Value = Columns[c];
            sheet.Cell(1, c + 1).Style.Font.Bold = true;
        }

        var row = 2;
        foreach (var p in policies)
        {
            string[] values =
            [
                p.Title, p.DocumentNumber, p.IssuingDepartment, p.Level.ChineseName(), p.SupportArea.ChineseName(), p.SupportType.ChineseName(),
                string.Join('、', p.TargetSegments.Select(s => s.ChineseName())), string.Join('、', p.TargetSizes.Select(s => s.ChineseName())),
                p.RequiresAboveDesignatedSize switch { true => "是", false => "否", null => "" },
                p.MaxAmountWan?.ToString("0.##", CultureInfo.InvariantCulture) ?? "", Date(p.OpensOn), Date(p.ClosesOn),
                p.GrantedWithoutApplication ? "是" : "否", p.Contact, p.AcceptanceAddress, p.SourceUrl, p.BodyMarkdown,
            ];
            for (var c = 0; c < values.Length; c++)
            {
                // Text cells: a formula-looking value stays text and is never evaluated by Excel.
                sheet.Cell(row, c + 1).SetValue(values[c]);
                sheet.Cell(row, c + 1).DataType = XLDataType.Text;
            }

            row++;
        }

        // Fixed widths: measuring text (AdjustToContents) needs libgdiplus, which servers do not have.
        sheet.Columns(1, Columns.Count).Width = 18;
        sheet.Column(1).Width = 40;
        sheet.Column(Columns.Count).Width = 60;
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    /// <summary>Reads an upload; null with a refusal when it is not a readable sheet with the template's header.</summary>
    public static (IReadOnlyList<ImportRow>? Rows, Refusal? Refusal) Read(Stream content)
    {
        XLWorkbook workbook;
        try
        {
            workbook = new XLWorkbook(content);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return (null, Refusal.Form("无法读取该文件，请上传由模板填写的 .xlsx 文件。"));
        }

        using (workbook)
        {
            var sheet = workbook.Worksheets.FirstOrDefault();
            if (sheet is null || Enumerable.Range(0, Columns.Count).Any(c => sheet.Cell(1, c + 1).GetString().Trim() != Columns[c]))
            {
                return (null, Refusal.Form("表头与模板不一致，请先下载模板再填写。"));
            }

            var last = sheet.LastRowUsed()?.RowNumber() ?? 1;
            if (last - 1 > MaxRows)
            {
                return (null, Refusal.Form("一次最多导入 {0} 行。", MaxRows));
            }

            var rows = new List<ImportRow>();
            for (var r = 2; r <= last; r++)
            {
                var cells = Enumerable.Range(1, Columns.Count).Select(c => sheet.Cell(r, c)).ToList();
                if (cells.All(c => c.GetString().Trim().Length == 0))
                {
                    continue;
                }

                rows.Add(ReadRow(r, cells));
            }

            return rows.Count == 0 ? (null, Refusal.Form("表格中没有数据行。")) : (rows, null);
        }
    }

    private static ImportRow ReadRow(int number, IReadOnlyList<IXLCell> cells)
    {
        var errors = new List<Refusal>();
        string Text(int column) => cells[column].GetString().Trim();
        var title = Text(0);
        if (title.Length == 0)
        {
            errors.Add(new Refusal("标题", "缺少标题。"));
        }

        var level = Pick(Text(3), PolicyNames.Levels, PolicyNames.ChineseName, "层级", errors);
        var area = Pick(Text(4), PolicyNames.Areas, PolicyNames.ChineseName, "支持领域", errors);
        var type = Pick(Text(5), PolicyNames.Types, PolicyNames.ChineseName, "支持方式", errors);
        var segments = Many(Text(6), Segments.All, s => s.ChineseName(), "适用行业", errors);
        var sizes = Many(Text(7), SizeClasses.All, s => s.ChineseName(), "企业规模", errors);
        var above = YesNo(Text(8), "规上企业", errors, allowEmpty: true);
        decimal? amount = null;
        if (Text(9) is { Length: > 0 } amountText)
        {
            amount = decimal.TryParse(amountText, NumberStyles.Number, CultureInfo.InvariantCulture, out var a) ? a : null;
            if (amount is null)
            {
                errors.Add(new Refusal("最高金额（万元）", "金额“{0}”不是数字。", [amountText]));
            }
        }

        var opens = DateCell(cells[10], "申报开始日期", errors);
        var closes = DateCell(cells[11], "申报截止日期", errors);
        var free = YesNo(Text(12), "免申即享", errors, allowEmpty: true) ?? false;
        if (errors.Count > 0)
        {
            return new ImportRow(number, title, null, errors);
        }

        var input = new PolicyInput
        {
            Title = title, DocumentNumber = Text(1), IssuingDepartment = Text(2), Level = level!.Value, SupportArea = area!.Value,
            SupportType = type!.Value, TargetSegments = segments, TargetSizes = sizes, RequiresAboveDesignatedSize = above,
            MaxAmountWan = amount, OpensOn = opens, ClosesOn = closes, GrantedWithoutApplication = free, Contact = Text(13),
            AcceptanceAddress = Text(14), SourceUrl = Text(15), BodyMarkdown = cells[16].GetString(),
        };
        return PolicyRules.Check(input) is { } refusal
            ? new ImportRow(number, title, null, [refusal with { Field = "" }])
            : new ImportRow(number, title, input, []);
    }

    private static T? Pick<T>(string text, IReadOnlyList<T> all, Func<T, string> name, string column, List<Refusal> errors)
        where T : struct, Enum
    {
        var found = all.Where(v => name(v) == text).Select(v => (T?)v).FirstOrDefault();
        if (found is null)
        {
            errors.Add(new Refusal(column, text.Length == 0 ? "缺少{0}。" : "无法识别的{0}“{1}”。", text.Length == 0 ? [column] : [column, text]));
        }

        return found;
    }

    private static List<T> Many<T>(string text, IReadOnlyList<T> all, Func<T, string> name, string column, List<Refusal> errors)
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

    private static bool? YesNo(string text, string column, List<Refusal> errors, bool allowEmpty)
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

    private static DateOnly? DateCell(IXLCell cell, string column, List<Refusal> errors)
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

    private static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}
