using Microsoft.EntityFrameworkCore;
using Portal.Core;
using Portal.Core.Files;
using Portal.Modules.Policies.Data;

namespace Portal.Modules.Policies.Domain;

/// <summary>A policy's files in Core's FileStore: PDF, Word or Excel recognised by content, at most 20 MB.</summary>
internal sealed class PolicyAttachments(PoliciesDbContext db, IFileStore files, PolicyAudit audit, TimeProvider time)
{
    public const long MaxBytes = 20L * 1024 * 1024;

    public async Task<Refusal?> AttachAsync(int policyId, Stream content, string fileName, Actor actor, CancellationToken cancellationToken = default)
    {
        var policy = await db.Policies.FirstOrDefaultAsync(p => p.Id == policyId, cancellationToken);
        if (policy is null)
        {
            return Refusal.Form("找不到该政策。");
        }

        var (stored, rejection) = await files.SaveAsync(content, fileName, FileKinds.Documents, MaxBytes, cancellationToken);
        if (stored is null)
        {
            return new Refusal("upload", rejection!.Message, rejection.Args);
        }

        db.Attachments.Add(new PolicyAttachment
        {
            PolicyId = policyId, FileName = stored.OriginalName, FileKey = stored.Key, Kind = stored.Kind, Size = stored.Length,
            UploadedAt = time.GetUtcNow().UtcDateTime,
        });
        audit.Record(actor, "attach", PolicyAudit.PolicyKind, policyId, $"为政策“{policy.Title}”上传附件 {stored.OriginalName}");
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    public async Task<bool> DeleteAsync(int policyId, int attachmentId, Actor actor, CancellationToken cancellationToken = default)
    {
        var attachment = await db.Attachments.FirstOrDefaultAsync(a => a.Id == attachmentId && a.PolicyId == policyId, cancellationToken);
        if (attachment is null)
        {
            return false;
        }

        db.Attachments.Remove(attachment);
        audit.Record(actor, "detach", PolicyAudit.PolicyKind, policyId, $"删除附件 {attachment.FileName}");
        await db.SaveChangesAsync(cancellationToken);
        files.Delete(attachment.FileKey);
        return true;
    }

    public async Task<(PolicyAttachment Attachment, Stream Content)?> OpenAsync(int policyId, int attachmentId, bool publishedOnly, CancellationToken cancellationToken = default)
    {
        var attachment = await db.Attachments.AsNoTracking()
            .Where(a => a.Id == attachmentId && a.PolicyId == policyId)
            .Where(a => !publishedOnly || db.Policies.Any(p => p.Id == a.PolicyId && (p.State == PolicyState.Published || p.State == PolicyState.Expired)))
            .FirstOrDefaultAsync(cancellationToken);
        return attachment is not null && files.Open(attachment.FileKey) is { } stream ? (attachment, stream) : null;
    }
}
