using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Enterprises;
using Portal.Modules.Policies.Admin;
using Portal.Modules.Policies.Domain;

namespace Portal.Modules.Policies.Tests;

public sealed class PolicyExcelTests
{
    private static Policy Sample(string title, int n) => new()
    {
        Title = title, DocumentNumber = $"青工信字〔2026〕{n}号", IssuingDepartment = "青山湖区工业和信息化局", Level = PolicyLevel.City,
        SupportArea = SupportArea.CreativeDesign, SupportType = SupportType.InterestSubsidy, TargetSegments = [Segment.Dyeing, Segment.Sales],
        TargetSizes = [SizeClass.Small], RequiresAboveDesignatedSize = false, MaxAmountWan = 12.5m, OpensOn = new DateOnly(2026, 3, 1),
        ClosesOn = new DateOnly(2026, 12, 31), GrantedWithoutApplication = n % 2 == 0, Contact = "0791-88000000", AcceptanceAddress = "政务服务中心",
        SourceUrl = "https://www.example.gov.cn/p/1", BodyMarkdown = "## 申报条件\n\n1. 第一条\n2. =SUM(A1:A2)",
    };

    [Fact]
    public void An_exported_list_reads_back_as_the_same_policies()
    {
        var policies = new[] { Sample("创意设计贴息", 1), Sample("=cmd|' /C calc'!A0", 2) };

        var (read, refusal) = PolicyExcel.Read(new MemoryStream(PolicyExcel.Write(policies)));

        Assert.Null(refusal);
        var rows = Assert.IsAssignableFrom<IReadOnlyList<ImportRow<PolicyInput>>>(read);
        Assert.Equal([2, 3], rows.Select(r => r.RowNumber));
        Assert.All(rows, r => Assert.True(r.IsValid, string.Join("; ", r.Errors.Select(e => e.Message))));
        for (var i = 0; i < policies.Length; i++)
        {
            var expected = PolicyInput.From(policies[i]) with { Slug = null };
            Assert.Equal(PolicySnapshot.Of(Apply(expected)).ToJson(), PolicySnapshot.Of(Apply(rows[i].Input!)).ToJson());
        }
    }

    [Fact]
    public void Bad_rows_are_reported_one_by_one_with_their_row_number()
    {
        using var workbook = new XLWorkbook(new MemoryStream(PolicyExcel.Write([Sample("好的一行", 1)])));
        var sheet = workbook.Worksheet(1);
        sheet.Row(2).CopyTo(sheet.Row(3));
        sheet.Row(2).CopyTo(sheet.Row(4));
        sheet.Row(2).CopyTo(sheet.Row(5));
        sheet.Row(2).CopyTo(sheet.Row(6));
        sheet.Cell(3, 1).Value = "";                       // missing title
        sheet.Cell(4, 12).Value = "2026-13-45";            // wrong date
        sheet.Cell(5, 7).Value = "印染、航天";               // unknown segment
        sheet.Cell(6, 11).Value = "2026-12-31";            // opens after it closes
        sheet.Cell(6, 12).Value = "2026-01-01";
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        stream.Position = 0;

        var rows = PolicyExcel.Read(stream).Rows!;

        Assert.Equal([(2, true), (3, false), (4, false), (5, false), (6, false)], rows.Select(r => (r.RowNumber, r.IsValid)));
        Assert.Equal("缺少标题。", Assert.Single(rows[1].Errors).Message);
        Assert.Equal(["申报截止日期", "2026-13-45"], Assert.Single(rows[2].Errors).Args!.Select(a => a.ToString()));
        Assert.Equal(["适用行业", "航天"], Assert.Single(rows[3].Errors).Args!.Select(a => a.ToString()));
        Assert.Equal("截止日期不能早于开始日期。", Assert.Single(rows[4].Errors).Message);
    }

    [Fact]
    public void A_sheet_that_is_not_the_template_is_refused_whole()
    {
        Assert.NotNull(PolicyExcel.Read(new MemoryStream("not a workbook"u8.ToArray())).Refusal);
        using var workbook = new XLWorkbook();
        workbook.AddWorksheet("Sheet1").Cell(1, 1).Value = "名称";
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        stream.Position = 0;
        Assert.Equal("表头与模板不一致，请先下载模板再填写。", PolicyExcel.Read(stream).Refusal?.Message);
    }

    [Fact]
    public async Task The_valid_rows_are_imported_as_drafts_and_a_failure_midway_imports_none()
    {
        await using var h = await PoliciesHarness.CreateAsync();
        var (rows, _) = PolicyExcel.Read(new MemoryStream(PolicyExcel.Write([Sample("导入一", 1), Sample("导入二", 2), Sample("炸", 3)])));
        var withBad = rows!.Append(new ImportRow<PolicyInput>(9, "", null, [Portal.Core.Refusal.Form("缺少标题。")])).ToList();

        // A database that refuses the third insert: the first two must not stay behind.
        await h.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(
            "CREATE TRIGGER policy_test_fail BEFORE INSERT ON policy_policies WHEN NEW.\"Title\" = '炸' BEGIN SELECT RAISE(ABORT, 'boom'); END;"));
        await Assert.ThrowsAnyAsync<Exception>(() => h.Kernel.InScopeAsync(sp => sp.GetRequiredService<PolicyImporter>().ImportAsync(withBad, PoliciesHarness.Staff)));
        Assert.Equal(0, await h.WithDbAsync(db => db.Policies.CountAsync()));

        await h.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("DROP TRIGGER policy_test_fail;"));
        var imported = await h.Kernel.InScopeAsync(sp => sp.GetRequiredService<PolicyImporter>().ImportAsync(withBad, PoliciesHarness.Staff));

        Assert.Equal(3, imported);
        var stored = await h.WithDbAsync(db => db.Policies.OrderBy(p => p.Id).ToListAsync());
        Assert.Equal(["导入一", "导入二", "炸"], stored.Select(p => p.Title));
        Assert.All(stored, p => Assert.Equal(PolicyState.Draft, p.State));
        Assert.Equal(3, stored.Select(p => p.Slug).Distinct().Count());
        Assert.Contains(await h.WithDbAsync(db => db.Audit.ToListAsync()), a => a.Action == "import" && a.Summary.Contains("3 条", StringComparison.Ordinal));
    }

    private static Policy Apply(PolicyInput input)
    {
        var policy = new Policy();
        input.ApplyTo(policy);
        return policy;
    }
}
