using Portal.Core.Files;

namespace Portal.Modules.RedHelp.Domain;

/// <summary>A file sent with a demand at intake, kept in Core's file store under <see cref="FileKey"/>.</summary>
internal sealed class DemandAttachment
{
    public int Id { get; set; }

    public int DemandId { get; set; }

    /// <summary>The name the uploader's file had (shown and used for the download, never as a path).</summary>
    public string FileName { get; set; } = "";

    public string FileKey { get; set; } = "";

    public FileKind Kind { get; set; }

    public long Size { get; set; }

    public string UploadedByUserId { get; set; } = "";

    public DateTime UploadedAt { get; set; }
}
