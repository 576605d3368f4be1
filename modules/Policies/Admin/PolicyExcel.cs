using System.Globalization;
using ClosedXML.Excel;
using Portal.Core;
using Portal.Core.Enterprises;
using Portal.Modules.Policies.Domain;

namespace Portal.Modules.Policies.Admin;

/// <summary>
/// The policy list as an Excel sheet: the template, the export (same columns, so an export can be edited and
/// imported back) and the reading of an upload into per-row results. Lists of segments and sizes are written
/// with 、 between their Chinese names; yes/no columns take 是/否; dates are yyyy-MM-dd or Excel dates.
/// </summary>
internal static class PolicyExcel
{
    public const string SheetName = "政策清单";

    public static readonly IReadOnlyList<string> Columns =
    [
        "标题", "文号", "发文单位", "层级", "支持领域", "支持方式", "适用行业", "企业规模", "规上企业", "最高金额（万元）",
        "申报开始日期", "申报截止日期", "免申即享", "联系方式", "受理地址", "原文链接", "正文",
    ];

    public static byte[] Write(IEnumerable<Policy> policies) => ExcelSheet.Write(SheetName, Columns, policies.Select(p => new[]
    {
        p.Title, p.DocumentNumber, p.IssuingDepartment, p.Level.ChineseName(), p.SupportArea.ChineseName(), p.SupportType.ChineseName(),
        string.Join('、', p.TargetSegments.Select(s => s.ChineseName())), string.Join('、', p.TargetSizes.Select(s => s.ChineseName())),
        p.RequiresAboveDesignatedSize switch { true => "是", false => "否", null => "" },
        p.MaxAmountWan?.ToString("0.##", CultureInfo.InvariantCulture) ?? "", ExcelCells.Date(p.OpensOn), ExcelCells.Date(p.ClosesOn),
        p.GrantedWithoutApplication ? "是" : "否", p.Contact, p.AcceptanceAddress, p.SourceUrl, p.BodyMarkdown,
    }));

    /// <summary>Reads an upload; null with a refusal when it is not a readable sheet with the template's header.</summary>
    public static (IReadOnlyList<ImportRow<PolicyInput>>? Rows, Refusal? Refusal) Read(Stream content) => ExcelSheet.Read(content, Columns, ReadRow);

    private static ImportRow<PolicyInput> ReadRow(int number, IReadOnlyList<IXLCell> cells)
    {
        var errors = new List<Refusal>();
        string Text(int column) => cells[column].GetString().Trim();
        var title = Text(0);
        if (title.Length == 0)
        {
            errors.Add(new Refusal("标题", "缺少标题。"));
        }

        var level = ExcelCells.Pick(Text(3), PolicyNames.Levels, PolicyNames.ChineseName, "层级", errors);
        var area = ExcelCells.Pick(Text(4), PolicyNames.Areas, PolicyNames.ChineseName, "支持领域", errors);
        var type = ExcelCells.Pick(Text(5), PolicyNames.Types, PolicyNames.ChineseName, "支持方式", errors);
        var segments = ExcelCells.Many(Text(6), Segments.All, s => s.ChineseName(), "适用行业", errors);
        var sizes = ExcelCells.Many(Text(7), SizeClasses.All, s => s.ChineseName(), "企业规模", errors);
        var above = ExcelCells.YesNo(Text(8), "规上企业", errors, allowEmpty: true);
        decimal? amount = null;
        if (Text(9) is { Length: > 0 } amountText)
        {
            amount = decimal.TryParse(amountText, NumberStyles.Number, CultureInfo.InvariantCulture, out var a) ? a : null;
            if (amount is null)
            {
                errors.Add(new Refusal("最高金额（万元）", "金额“{0}”不是数字。", [amountText]));
            }
        }

        var opens = ExcelCells.Date(cells[10], "申报开始日期", errors);
        var closes = ExcelCells.Date(cells[11], "申报截止日期", errors);
        var free = ExcelCells.YesNo(Text(12), "免申即享", errors, allowEmpty: true) ?? false;
        if (errors.Count > 0)
        {
            return new ImportRow<PolicyInput>(number, title, null, errors);
        }

        var input = new PolicyInput
        {
            Title = title, DocumentNumber = Text(1), IssuingDepartment = Text(2), Level = level!.Value, SupportArea = area!.Value,
            SupportType = type!.Value, TargetSegments = segments, TargetSizes = sizes, RequiresAboveDesignatedSize = above,
            MaxAmountWan = amount, OpensOn = opens, ClosesOn = closes, GrantedWithoutApplication = free, Contact = Text(13),
            AcceptanceAddress = Text(14), SourceUrl = Text(15), BodyMarkdown = cells[16].GetString(),
        };
        return PolicyRules.Check(input) is { } refusal
            ? new ImportRow<PolicyInput>(number, title, null, [refusal with { Field = "" }])
            : new ImportRow<PolicyInput>(number, title, input, []);
    }
}
