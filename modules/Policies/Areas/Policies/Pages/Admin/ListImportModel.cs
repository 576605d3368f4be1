using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Localization;
using Portal.Core;
using Portal.Core.Files;
using Portal.Modules.Policies.Admin;
using Portal.Modules.Policies.Domain;

namespace Portal.Modules.Policies.Areas.Policies.Pages.Admin;

/// <summary>
/// The page model of /admin/policies/resources/import and /admin/policies/projects/import (the address says which
/// list): template, per-row check, then the valid rows imported all or none, as the rows say (published or not; state).
/// </summary>
[Authorize(Policy = PoliciesPermissions.Manage)]
public sealed class ListImportModel(IFileStore files, IDataProtectionProvider protection, IStringLocalizer<PoliciesResource> l) : ExcelImportPage(files, protection, l)
{
    private bool Projects => Request.Path.StartsWithSegments("/admin/policies/projects", StringComparison.OrdinalIgnoreCase);

    protected override string TemplateName => Projects ? "项目清单导入模板.xlsx" : "资源清单导入模板.xlsx";

    protected override byte[] Template() => Projects ? ProjectExcel.Write([]) : ResourceExcel.Write([]);

    internal override (IReadOnlyList<IImportRow>? Rows, Refusal? Refusal) Read(Stream content) =>
        Projects ? ProjectExcel.Read(content) : ResourceExcel.Read(content);

    internal override async Task<(string Url, string Message)> ImportAsync(IReadOnlyList<IImportRow> rows, Actor actor)
    {
        var importer = this.Service<ListImporter>();
        var ct = HttpContext.RequestAborted;
        if (Projects)
        {
            var projects = await importer.ImportAsync(rows.Cast<ImportRow<ProjectInput>>().ToList(), (i, now) => i.Create(now), PolicyAudit.ProjectKind, "个项目", actor, ct);
            return ("/admin/policies/projects", L["已导入 {0} 个项目，跳过 {1} 行有误的数据。", projects, rows.Count - projects]);
        }

        var resources = await importer.ImportAsync(rows.Cast<ImportRow<ResourceInput>>().ToList(), (i, now) => i.Create(now), PolicyAudit.ResourceKind, "条资源", actor, ct);
        return ("/admin/policies/resources", L["已导入 {0} 条资源，跳过 {1} 行有误的数据。", resources, rows.Count - resources]);
    }
}
