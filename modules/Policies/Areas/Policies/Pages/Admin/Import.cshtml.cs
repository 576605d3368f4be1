using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Localization;
using Portal.Core;
using Portal.Core.Files;
using Portal.Modules.Policies.Admin;
using Portal.Modules.Policies.Domain;

namespace Portal.Modules.Policies.Areas.Policies.Pages.Admin;

/// <summary>/admin/policies/import: the policy list's Excel import; the valid rows become drafts.</summary>
[Authorize(Policy = PoliciesPermissions.Manage)]
public sealed class ImportModel(IFileStore files, IDataProtectionProvider protection, IStringLocalizer<PoliciesResource> l) : ExcelImportPage(files, protection, l)
{
    protected override string TemplateName => "政策清单导入模板.xlsx";

    protected override byte[] Template() => PolicyExcel.Write([]);

    internal override (IReadOnlyList<IImportRow>? Rows, Refusal? Refusal) Read(Stream content) => PolicyExcel.Read(content);

    internal override async Task<(string Url, string Message)> ImportAsync(IReadOnlyList<IImportRow> rows, Actor actor)
    {
        var count = await this.Service<PolicyImporter>().ImportAsync(rows.Cast<ImportRow<PolicyInput>>().ToList(), actor, HttpContext.RequestAborted);
        return ("/admin/policies?state=Draft", L["已导入 {0} 条政策（草稿），跳过 {1} 行有误的数据。", count, rows.Count - count]);
    }
}
