using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Portal.Core.Files;
using Portal.Modules.Policies.Admin;
using Portal.Modules.Policies.Domain;

namespace Portal.Modules.Policies.Areas.Policies.Pages.Admin.Policies;

/// <summary>/admin/policies/{id}/attachments: upload (PDF, Word, Excel by content, ≤ 20 MB), download and delete a policy's files.</summary>
[Authorize(Policy = PoliciesPermissions.Manage)]
[RequestFormLimits(MultipartBodyLengthLimit = PolicyAttachments.MaxBytes + (1024 * 1024))]
[RequestSizeLimit(PolicyAttachments.MaxBytes + (1024 * 1024))]
public sealed class AttachmentsModel(IStringLocalizer<PoliciesResource> l) : PageModel
{
    internal Policy? Policy { get; private set; }

    [TempData]
    public string? StatusMessage { get; set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id, IFormFile? upload)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (upload is not { Length: > 0 })
        {
            Error = l["请选择要上传的文件。"];
            return Page();
        }

        if (upload.Length > PolicyAttachments.MaxBytes)
        {
            Error = l["文件不能超过 20 MB。"];
            return Page();
        }

        await using var stream = upload.OpenReadStream();
        if (await this.Service<PolicyAttachments>().AttachAsync(id, stream, upload.FileName, Actor(), HttpContext.RequestAborted) is { } refusal)
        {
            Error = l[refusal.Message, refusal.Args ?? []];
            return Page();
        }

        StatusMessage = l["附件已上传。"];
        return Redirect($"/admin/policies/edit/{id}");
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, int attachmentId)
    {
        if (!await this.Service<PolicyAttachments>().DeleteAsync(id, attachmentId, Actor(), HttpContext.RequestAborted))
        {
            return NotFound();
        }

        StatusMessage = l["附件已删除。"];
        return Redirect($"/admin/policies/edit/{id}");
    }

    public async Task<IActionResult> OnGetDownloadAsync(int id, int attachmentId)
    {
        var opened = await this.Service<PolicyAttachments>().OpenAsync(id, attachmentId, publishedOnly: false, HttpContext.RequestAborted);
        return opened is { } o ? File(o.Content, o.Attachment.Kind.ContentType(), o.Attachment.FileName) : NotFound();
    }

    private Actor Actor() => new(User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "", User.Identity?.Name ?? "");

    private async Task<bool> LoadAsync(int id)
    {
        Policy = await this.Service<PolicyAdminQueries>().FindAsync(id, HttpContext.RequestAborted);
        return Policy is not null;
    }
}
