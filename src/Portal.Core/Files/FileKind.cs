namespace Portal.Core.Files;

/// <summary>File types the portal accepts, recognised by their first bytes, never by their name.</summary>
public enum FileKind
{
    Unknown,
    Jpeg,
    Png,
    WebP,
    Pdf,

    /// <summary>A ZIP container: .docx and .xlsx.</summary>
    OfficeOpenXml,

    /// <summary>The OLE compound file of .doc and .xls.</summary>
    OfficeLegacy,
}

public static class FileKinds
{
    public static readonly IReadOnlySet<FileKind> Images = new HashSet<FileKind> { FileKind.Jpeg, FileKind.Png, FileKind.WebP };

    public static readonly IReadOnlySet<FileKind> Documents =
        new HashSet<FileKind> { FileKind.Pdf, FileKind.OfficeOpenXml, FileKind.OfficeLegacy };

    /// <summary>Recognises a file from its first 12 bytes or more.</summary>
    public static FileKind Sniff(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return FileKind.Jpeg;
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return FileKind.Png;
        }

        if (head.Length >= 12 && head[..4].SequenceEqual("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8))
        {
            return FileKind.WebP;
        }

        if (head.StartsWith("%PDF-"u8))
        {
            return FileKind.Pdf;
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0x50, 0x4B, 0x03, 0x04]))
        {
            return FileKind.OfficeOpenXml;
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]))
        {
            return FileKind.OfficeLegacy;
        }

        return FileKind.Unknown;
    }

    public static string Extension(this FileKind kind) => kind switch
    {
        FileKind.Jpeg => ".jpg",
        FileKind.Png => ".png",
        FileKind.WebP => ".webp",
        FileKind.Pdf => ".pdf",
        FileKind.OfficeOpenXml => ".zip",
        FileKind.OfficeLegacy => ".ole",
        _ => ".bin",
    };

    public static string ContentType(this FileKind kind) => kind switch
    {
        FileKind.Jpeg => "image/jpeg",
        FileKind.Png => "image/png",
        FileKind.WebP => "image/webp",
        FileKind.Pdf => "application/pdf",
        _ => "application/octet-stream",
    };
}
