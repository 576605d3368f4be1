using Microsoft.EntityFrameworkCore;
using Portal.Core;
using Portal.Core.Files;
using Portal.Modules.RedHelp.Data;
using Portal.Modules.RedHelp.Domain;

namespace Portal.Modules.RedHelp.Demands;

/// <summary>A file as the form sent it: its name, length and content.</summary>
internal sealed record Upload(string FileName, long Length, Func<Stream> Open);

/// <summary>
/// Files sent with a demand at intake, through Core's file store: at most <see cref="MaxFiles"/>, each a PDF, Word, Excel
/// or picture recognised by its content and at most <see cref="MaxMegabytes"/> MB. Storing is all or nothing: a refused file
/// removes the ones stored before it, and the caller discards them when the demand itself is refused.
/// </summary>
internal sealed class DemandAttachments(RedHelpDbContext db, IFileStore files)
{
    public const int MaxFiles = 3;

    public const int MaxMegabytes = 10;

    public const long MaxBytes = MaxMegabytes * 1024L * 1024;

    /// <summary>What a multipart request with the largest allowed files and the form's text may weigh.</summary>
    public const long MaxRequestBytes = (MaxFiles * MaxBytes) + (1024 * 1024);

    /// <summary>What the file input's accept attribute offers (the content decides, not the name).</summary>
    public const string Accept = ".pdf,.doc,.docx,.xls,.xlsx,.jpg,.jpeg,.png,.webp";

    public static readonly IReadOnlySet<FileKind> Allowed = new HashSet<FileKind>(FileKinds.Documents.Concat(FileKinds.Images));

    /// <summary>"820 KB", "2.4 MB".</summary>
    public static string SizeText(long bytes) => bytes < 1024 * 1024
        ? $"{Math.Max(1, bytes / 1024)} KB"
        : (bytes / 1024d / 1024d).ToString("0.0 MB", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Stores every upload or none; empty file inputs (no name, no bytes) are skipped.</summary>
    public async Task<(IReadOnlyList<StoredFile> Files, Refusal? Refusal)> StoreAsync(IReadOnlyList<Upload> uploads, CancellationToken cancellationToken = default)
    {
        var real = uploads.Where(u => u.Length > 0 || !string.IsNullOrEmpty(u.FileName)).ToList();
        if (real.Count > MaxFiles)
        {
            return ([], new Refusal("Files", "最多上传 {0} 个附件。", [MaxFiles]));
        }

        if (real.FirstOrDefault(u => u.Length > MaxBytes) is { } large)
        {
            return ([], new Refusal("Files", "附件“{0}”超过 {1} MB 的上限。", [Path.GetFileName(large.FileName), MaxMegabytes]));
        }

        var stored = new List<StoredFile>();
        foreach (var upload in real)
        {
            await using var content = upload.Open();
            var (file, rejection) = await files.SaveAsync(content, upload.FileName, Allowed, MaxBytes, cancellationToken);
            if (file is null)
            {
                Discard(stored);
                return ([], new Refusal("Files", rejection!.Message, rejection.Args));
            }

            stored.Add(file);
        }

        return (stored, null);
    }

    /// <summary>Removes stored files that no demand took.</summary>
    public void Discard(IEnumerable<StoredFile> stored)
    {
        foreach (var file in stored)
        {
            files.Delete(file.Key);
        }
    }

    /// <summary>The attachment and its content, when the viewer may see its demand; otherwise null.</summary>
    public async Task<(DemandAttachment Attachment, Stream Content)?> OpenAsync(
        int demandId, int attachmentId, DemandViewer viewer, CancellationToken cancellationToken = default)
    {
        var demand = await db.Demands.AsNoTracking().FirstOrDefaultAsync(d => d.Id == demandId, cancellationToken);
        if (demand is null || !viewer.CanSee(demand))
        {
            return null;
        }

        var attachment = await db.DemandAttachments.AsNoTracking()
            .FirstOrDefaultAsync(a => a.Id == attachmentId && a.DemandId == demandId, cancellationToken);
        return attachment is not null && files.Open(attachment.FileKey) is { } stream ? (attachment, stream) : null;
    }
}
