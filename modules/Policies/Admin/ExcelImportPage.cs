using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Portal.Core;
using Portal.Core.Files;
using Portal.Modules.Policies.Domain;

namespace Portal.Modules.Policies.Admin;

/// <summary>
/// An Excel import of one list: download the template; upload a filled sheet and see every row checked (nothing
/// saved yet); then import the valid rows in one transaction. The upload is kept in the FileStore between the two
/// steps under a random key (posted back protected, so a posted key cannot name another file) and deleted after.
/// </summary>
[RequestFormLimits(MultipartBodyLengthLimit = MaxBytes + (1024 * 1024))]
[RequestSizeLimit(MaxBytes + (1024 * 1024))]
public abstract class ExcelImportPage(IFileStore files, IDataProtectionProvider protection, IStringLocalizer<PoliciesResource> l) : PageModel
{
    public const long MaxBytes = 5L * 1024 * 1024;

    private readonly IDataProtector protector = protection.CreateProtector("Portal.Modules.Policies.Import");

    internal IReadOnlyList<IImportRow>? Rows { get; private set; }

    [BindProperty]
    public string? UploadKey { get; set; }

    public string? Error { get; private set; }

    [TempData]
    public string? StatusMessage { get; set; }

    protected IStringLocalizer<PoliciesResource> L => l;

    /// <summary>The template's file name.</summary>
    protected abstract string TemplateName { get; }

    protected abstract byte[] Template();

    internal abstract (IReadOnlyList<IImportRow>? Rows, Refusal? Refusal) Read(Stream content);

    /// <summary>Imports the valid rows; where to go next, with the message.</summary>
    internal abstract Task<(string Url, string Message)> ImportAsync(IReadOnlyList<IImportRow> rows, Actor actor);

    public void OnGet()
    {
    }

    public IActionResult OnGetTemplate() => File(Template(), ExcelSheet.ContentType, TemplateName);

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

        if (!ReadStored(stored.Key))
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
        if (key is null || !ReadStored(key))
        {
            Error ??= l["找不到已检查的文件，请重新上传。"];
            UploadKey = null;
            return Page();
        }

        var (url, message) = await ImportAsync(Rows!, Actor.Of(User));
        files.Delete(key);
        StatusMessage = message;
        return Redirect(url);
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

    private bool ReadStored(string key)
    {
        using var content = files.Open(key);
        if (content is null)
        {
            return false;
        }

        var (rows, refusal) = Read(content);
        if (rows is null)
        {
            Error = l[refusal!.Message, refusal.Args ?? []];
            return false;
        }

        Rows = rows;
        return true;
    }
}
