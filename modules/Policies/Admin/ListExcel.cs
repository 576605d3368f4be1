using ClosedXML.Excel;
using Portal.Core;
using Portal.Core.Enterprises;
using Portal.Modules.Policies.Domain;

namespace Portal.Modules.Policies.Admin;

/// <summary>
/// The 资源清单 as an Excel sheet (template, export, upload read row by row). Segments and categories are Chinese names
/// separated by 、; 已发布 takes 是/否 (empty: not published).
/// </summary>
internal static class ResourceExcel
{
    public const string SheetName = "资源清单";

    public static readonly IReadOnlyList<string> Columns = ["标题", "类别", "提供单位", "联系方式", "适用行业", "需求类别", "已发布", "说明"];

    public static byte[] Write(IEnumerable<Resource> resources) => ExcelSheet.Write(SheetName, Columns, resources.Select(r => new[]
    {
        r.Title, r.Kind.ChineseName(), r.ProvidingUnit, r.Contact, string.Join('、', r.Segments.Select(s => s.ChineseName())),
        string.Join('、', r.Categories.Select(c => c.ChineseName())), r.Published ? "是" : "否", r.Description,
    }));

    public static (IReadOnlyList<ImportRow<ResourceInput>>? Rows, Refusal? Refusal) Read(Stream content) => ExcelSheet.Read(content, Columns, ReadRow);

    private static ImportRow<ResourceInput> ReadRow(int number, IReadOnlyList<IXLCell> cells)
    {
        var errors = new List<Refusal>();
        var kind = ExcelCells.Pick(cells.Text(1), PolicyNames.ResourceKinds, PolicyNames.ChineseName, "类别", errors);
        var segments = ExcelCells.Many(cells.Text(4), Segments.All, s => s.ChineseName(), "适用行业", errors);
        var categories = ExcelCells.Many(cells.Text(5), PolicyNames.NeedCategories, PolicyNames.ChineseName, "需求类别", errors);
        var published = ExcelCells.YesNo(cells.Text(6), "已发布", errors, allowEmpty: true) ?? false;
        var input = new ResourceInput
        {
            Title = cells.Text(0), Kind = kind ?? ResourceKind.Resource, ProvidingUnit = cells.Text(2), Contact = cells.Text(3),
            Segments = segments, Categories = categories, Published = published, Description = cells[7].GetString(),
        };
        return ListRows.Checked(number, input.Title, input, input.Check(), errors);
    }
}

/// <summary>The 项目清单 as an Excel sheet: claiming units separated by 、, the state by its Chinese name (待领办 … 已完成).</summary>
internal static class ProjectExcel
{
    public const string SheetName = "项目清单";

    public static readonly IReadOnlyList<string> Columns = ["标题", "年度", "牵头单位", "领办单位", "状态", "说明"];

    public static byte[] Write(IEnumerable<Project> projects) => ExcelSheet.Write(SheetName, Columns, projects.Select(p => new[]
    {
        p.Title, p.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), p.LeadUnit, string.Join('、', p.ClaimingUnits),
        p.State.ChineseName(), p.Description,
    }));

    public static (IReadOnlyList<ImportRow<ProjectInput>>? Rows, Refusal? Refusal) Read(Stream content) => ExcelSheet.Read(content, Columns, ReadRow);

    private static ImportRow<ProjectInput> ReadRow(int number, IReadOnlyList<IXLCell> cells)
    {
        var errors = new List<Refusal>();
        var year = ExcelCells.Whole(cells.Text(1), "年度", errors);
        var state = ExcelCells.Pick(cells.Text(4), PolicyNames.ProjectStates, PolicyNames.ChineseName, "状态", errors);
        var input = new ProjectInput
        {
            Title = cells.Text(0), Year = year ?? DateTime.UtcNow.Year, LeadUnit = cells.Text(2), ClaimingUnits = ProjectInput.Units(cells.Text(3)),
            State = state ?? ProjectState.Open, Description = cells[5].GetString(),
        };
        return ListRows.Checked(number, input.Title, input, input.Check(), errors);
    }
}

internal static class ListRows
{
    /// <summary>A row with the cell errors and the rule's refusal (the form's rules, so an import accepts what the editor accepts).</summary>
    public static ImportRow<T> Checked<T>(int number, string title, T input, Refusal? rule, List<Refusal> errors)
        where T : class
    {
        if (title.Length == 0)
        {
            errors.Insert(0, new Refusal("标题", "缺少标题。"));
        }
        else if (rule is not null)
        {
            errors.Add(rule with { Field = "" });
        }

        return new ImportRow<T>(number, title, errors.Count == 0 ? input : null, errors);
    }
}
