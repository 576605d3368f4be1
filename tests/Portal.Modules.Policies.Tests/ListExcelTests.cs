using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Enterprises;
using Portal.Modules.Policies.Admin;
using Portal.Modules.Policies.Contracts;
using Portal.Modules.Policies.Domain;

namespace Portal.Modules.Policies.Tests;

/// <summary>The resource and project lists in Excel: export reads back as the same items, bad rows reported one by one, the import all or none.</summary>
public sealed class ListExcelTests
{
    private static readonly Resource[] Resources =
    [
        new() { Title = "链e贷", Kind = ResourceKind.Resource, ProvidingUnit = "区金融服务中心", Contact = "0791-1", Segments = [Segment.Dyeing, Segment.Sales], Categories = [NeedCategory.Financing, NeedCategory.Export], Published = true, Description = "## 办理\n\n=SUM(A1:A2)" },
        new() { Title = "=cmd|' /C calc'!A0", Kind = ResourceKind.Service, ProvidingUnit = "区商务局", Categories = [NeedCategory.Other], Description = "" },
    ];

    private static readonly Project[] Projects =
    [
        new() { Title = "数字化转型", Year = 2026, LeadUnit = "区工信局", ClaimingUnits = ["湖坊镇", "区科技局"], State = ProjectState.InProgress, Description = "## 目标" },
        new() { Title = "直播基地", Year = 2025, LeadUnit = "区商务局", ClaimingUnits = [], State = ProjectState.Open, Description = "" },
    ];

    private static MemoryStream Edited(byte[] workbookBytes, Action<IXLWorksheet> edit)
    {
        using var workbook = new XLWorkbook(new MemoryStream(workbookBytes));
        edit(workbook.Worksheet(1));
        var stream = new MemoryStream();
        workbook.SaveAs(stream);
        stream.Position = 0;
        return stream;
    }

    private static void Copies(IXLWorksheet sheet, int count)
    {
        for (var r = 3; r < 3 + count; r++)
        {
            sheet.Row(2).CopyTo(sheet.Row(r));
        }
    }

    [Fact]
    public void Exported_resources_and_projects_read_back_as_the_same_items()
    {
        var resources = ResourceExcel.Read(new MemoryStream(ResourceExcel.Write(Resources))).Rows!;
        var projects = ProjectExcel.Read(new MemoryStream(ProjectExcel.Write(Projects))).Rows!;

        Assert.All(resources, r => Assert.True(r.IsValid, string.Join("; ", r.Errors.Select(e => e.Message))));
        Assert.All(projects, r => Assert.True(r.IsValid, string.Join("; ", r.Errors.Select(e => e.Message))));
        for (var i = 0; i < Resources.Length; i++)
        {
            var expected = ResourceInput.From(Resources[i]);
            var read = resources[i].Input!;
            Assert.Equal((expected.Title, expected.Kind, expected.ProvidingUnit, expected.Contact, expected.Published, expected.Description),
                (read.Title, read.Kind, read.ProvidingUnit, read.Contact, read.Published, read.Description));
            Assert.Equal(expected.Segments, read.Segments);
            Assert.Equal(expected.Categories, read.Categories);
        }

        for (var i = 0; i < Projects.Length; i++)
        {
            var expected = ProjectInput.From(Projects[i]);
            var read = projects[i].Input!;
            Assert.Equal((expected.Title, expected.Year, expected.LeadUnit, expected.State, expected.Description), (read.Title, read.Year, read.LeadUnit, read.State, read.Description));
            Assert.Equal(expected.ClaimingUnits, read.ClaimingUnits);
        }
    }

    [Fact]
    public void Bad_resource_rows_are_reported_one_by_one_with_their_row_number()
    {
        using var stream = Edited(ResourceExcel.Write([Resources[0]]), sheet =>
        {
            Copies(sheet, 5);
            sheet.Cell(3, 1).Value = "";             // missing title
            sheet.Cell(4, 2).Value = "设备";          // unknown kind
            sheet.Cell(5, 5).Value = "印染、航天";     // unknown segment
            sheet.Cell(6, 6).Value = "融资、养老";     // unknown category
            sheet.Cell(7, 3).Value = "";             // missing providing unit (the editor's rule)
        });

        var rows = ResourceExcel.Read(stream).Rows!;

        Assert.Equal([(2, true), (3, false), (4, false), (5, false), (6, false), (7, false)], rows.Select(r => (r.RowNumber, r.IsValid)));
        Assert.Equal("缺少标题。", Assert.Single(rows[1].Errors).Message);
        Assert.Equal(["类别", "设备"], Assert.Single(rows[2].Errors).Args!.Select(a => a.ToString()));
        Assert.Equal(["适用行业", "航天"], Assert.Single(rows[3].Errors).Args!.Select(a => a.ToString()));
        Assert.Equal(["需求类别", "养老"], Assert.Single(rows[4].Errors).Args!.Select(a => a.ToString()));
        Assert.Equal("请填写提供单位（100 字以内）。", Assert.Single(rows[5].Errors).Message);
    }

    [Fact]
    public void Bad_project_rows_are_reported_one_by_one_with_their_row_number()
    {
        using var stream = Edited(ProjectExcel.Write([Projects[0]]), sheet =>
        {
            Copies(sheet, 5);
            sheet.Cell(3, 1).Value = "";             // missing title
            sheet.Cell(4, 2).Value = "明年";          // not a year
            sheet.Cell(5, 2).Value = "1999";         // out of range
            sheet.Cell(6, 5).Value = "搁置";          // unknown state
            sheet.Cell(7, 2).Value = "";             // missing year
        });

        var rows = ProjectExcel.Read(stream).Rows!;

        Assert.Equal([(2, true), (3, false), (4, false), (5, false), (6, false), (7, false)], rows.Select(r => (r.RowNumber, r.IsValid)));
        Assert.Equal("缺少标题。", Assert.Single(rows[1].Errors).Message);
        Assert.Equal(["年度", "明年"], Assert.Single(rows[2].Errors).Args!.Select(a => a.ToString()));
        Assert.Equal("年度应在 2000 至 2100 之间。", Assert.Single(rows[3].Errors).Message);
        Assert.Equal(["状态", "搁置"], Assert.Single(rows[4].Errors).Args!.Select(a => a.ToString()));
        Assert.Equal(["年度"], Assert.Single(rows[5].Errors).Args!.Select(a => a.ToString()));
    }

    [Fact]
    public void A_sheet_of_another_list_is_refused_whole()
    {
        Assert.Equal("表头与模板不一致，请先下载模板再填写。", ResourceExcel.Read(new MemoryStream(ProjectExcel.Write(Projects))).Refusal?.Message);
        Assert.Equal("表格中没有数据行。", ProjectExcel.Read(new MemoryStream(ProjectExcel.Write([]))).Refusal?.Message);
        Assert.NotNull(ProjectExcel.Read(new MemoryStream("PK not really"u8.ToArray())).Refusal);
    }

    [Fact]
    public async Task The_valid_rows_are_imported_and_a_failure_midway_imports_none()
    {
        await using var h = await PoliciesHarness.CreateAsync();
        var rows = ProjectExcel.Read(new MemoryStream(ProjectExcel.Write([.. Projects, new Project { Title = "炸", Year = 2026, LeadUnit = "区某局" }]))).Rows!;
        var withBad = rows.Append(new ImportRow<ProjectInput>(9, "", null, [Portal.Core.Refusal.Form("缺少标题。")])).ToList();
        Task<int> ImportAsync() => h.Kernel.InScopeAsync(sp => sp.GetRequiredService<ListImporter>()
            .ImportAsync(withBad, (input, now) => input.Create(now), PolicyAudit.ProjectKind, "个项目", PoliciesHarness.Staff));

        // A database that refuses the third insert: the first two must not stay behind.
        await h.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(
            "CREATE TRIGGER project_test_fail BEFORE INSERT ON policy_projects WHEN NEW.\"Title\" = '炸' BEGIN SELECT RAISE(ABORT, 'boom'); END;"));
        await Assert.ThrowsAnyAsync<Exception>(ImportAsync);
        Assert.Equal(0, await h.WithDbAsync(db => db.Projects.CountAsync()));
        Assert.Equal(0, await h.WithDbAsync(db => db.Audit.CountAsync()));

        await h.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("DROP TRIGGER project_test_fail;"));
        Assert.Equal(3, await ImportAsync());

        var stored = await h.WithDbAsync(db => db.Projects.OrderBy(p => p.Id).ToListAsync());
        Assert.Equal([("数字化转型", ProjectState.InProgress), ("直播基地", ProjectState.Open), ("炸", ProjectState.Open)], stored.Select(p => (p.Title, p.State)));
        Assert.Contains(await h.WithDbAsync(db => db.Audit.ToListAsync()), a => (a.Action, a.EntityKind, a.Summary) == ("import", "project", "从 Excel 导入 3 个项目"));
    }
}
