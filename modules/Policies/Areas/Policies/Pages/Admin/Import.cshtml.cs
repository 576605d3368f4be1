using System.Security.Cryptography;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Portal.Core.Files;
using Portal.Modules.Policies.Admin;
using Portal.Modules.Policies.Domain;

namespace Portal.Modules.Policies.Areas.Policies.Pages.Admin;

/// <summary>
/// /admin/policies/import: download the template; upload a filled sheet and see every row checked (nothing
/// saved yet); then import the valid rows as drafts in one transaction. The upload is kept in the FileStore
/// between the two steps under a random key and deleted after the import.
/// </summary>
[Authorize(Policy = PoliciesPermissions.Manage)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxBytes + (1024 * 1024))]
[RequestSizeLimit(MaxBytes + (1024 * 1024))]
public sealed class ImportModel(IFileStore files, IDataProtectionProvider protection, IStringLocalizer<PoliciesResource> l) : PageModel
{
    private readonly IDataProtector protector = protection.CreateProtector("Portal.Modules.Policies.Import");

    public const long MaxBytes = 5L * 1024 * 1024;

    internal IReadOnlyList<ImportRow>? Rows { get; private set; }

    /// <summary>The FileStore key of the checked upload, protected (a posted key cannot name another file), posted back by "import".</summary>
    [BindProperty]
    public string? UploadKey { get; set; }

    public string? Error { get; private set; }

    [TempData]
    public string? StatusMessage { get; set; }

    public void OnGet()
    {
    }

    public IActionResult OnGetTemplate() =>
        File(PolicyExcel.Write([]), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "政策清单导入模板.xlsx");

    /// <summary>Step 1: check the upload row by row; nothing is imported.</summary>
    public async Task<IActionResult> OnPostCheckAsync(IFormFile? upload)
    {
        if (upload is not { Length: > 0 } || upload.Length > MaxBytes)
        {
            Error = l["请选择一个不超过 5 MB 的 .xlsx 文件。"];
            return Page();
        }

        await using var stream = upload.OpenReadStream();
        var (stored, rejection) = await files.SaveAsync(stream, upload.FileName, new HashSet<FileKind> { FileKind.OfficeOpenXml }, MaxBytes, HttpContext.RequestAborted);
        if (stored is null)
        {
            Error = l[rejection!.Message, rejection.Args ?? []];
            return Page();
        }

        if (!Read(stored.Key))
        {
            files.Delete(stored.Key);
            return Page();
        }

        UploadKey = protector.Protect(stored.Key);
        return Page();
    }

    /// <summary>Step 2: import the valid rows of the checked upload, all or none.</summary>
    public async Task<IActionResult> OnPostImportAsync()
    {
        var key = Unprotect(UploadKey);
        if (key is null || !Read(key))
        {
            Error ??= l["找不到已检查的文件，请重新上传。"];
            UploadKey = null;
            return Page();
        }

        var actor = Actor.Of(User);
        var count = await this.Service<PolicyImporter>().ImportAsync(Rows!, actor, HttpContext.RequestAborted);
        files.Delete(key);
        StatusMessage = l["已导入 {0} 条政策（草稿），跳过 {1} 行有误的数据。", count, Rows!.Count - count];
        return Redirect("/admin/policies?state=Draft");
    }

    private string? Unprotect(string? value)
    {
        try
        {
            return string.IsNullOrEmpty(value) ? null : protector.Unprotect(value);
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    private bool Read(string key)
    {
        using var content = files.Open(key);
        if (content is null)
        {
            return false;
        }

        var (rows, refusal) = PolicyExcel.Read(content);
        if (rows is null)
        {
            Error = l[refusal!.Message, refusal.Args ?? []];
            return false;
        }

        Rows = rows;
        return true;
    }
}
