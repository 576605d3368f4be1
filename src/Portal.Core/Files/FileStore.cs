using System.Security.Cryptography;

namespace Portal.Core.Files;

/// <summary>A stored upload: <see cref="Key"/> is the random file name under the store's root.</summary>
public sealed record StoredFile(string Key, FileKind Kind, long Length, string OriginalName);

/// <summary>Why an upload was refused: <see cref="Message"/> is a localization key (Chinese) with <see cref="Args"/> as its format arguments.</summary>
public sealed record UploadRejection(string Message, object[]? Args = null);

public interface IFileStore
{
    /// <summary>
    /// Stores the upload when its content is one of <paramref name="allowed"/> and it is at most
    /// <paramref name="maxBytes"/>; otherwise stores nothing and returns the reason.
    /// </summary>
    Task<(StoredFile? File, UploadRejection? Rejection)> SaveAsync(
        Stream content, string originalName, IReadOnlySet<FileKind> allowed, long maxBytes, CancellationToken cancellationToken = default);

    /// <summary>Opens a stored file, or null when the key is unknown or malformed.</summary>
    Stream? Open(string key);

    void Delete(string key);
}

/// <summary>Uploads under <c>App_Data/uploads</c> with random names; type checked by magic bytes.</summary>
public sealed class LocalFileStore(string root) : IFileStore
{
    public const int MaxNameLength = 200;

    public async Task<(StoredFile? File, UploadRejection? Rejection)> SaveAsync(
        Stream content, string originalName, IReadOnlySet<FileKind> allowed, long maxBytes, CancellationToken cancellationToken = default)
    {
        var name = Path.GetFileName(originalName ?? "").Trim();
        if (name.Length is 0 or > MaxNameLength || name.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0)
        {
            return (null, new UploadRejection("文件名无效或过长。"));
        }

        var head = new byte[16];
        var read = await content.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
        if (read == 0)
        {
            return (null, new UploadRejection("文件是空的。"));
        }

        var kind = FileKinds.Sniff(head.AsSpan(0, read));
        if (!allowed.Contains(kind))
        {
            return (null, new UploadRejection("不支持的文件类型，只接受：{0}。", [Describe(allowed)]));
        }

        Directory.CreateDirectory(root);
        var key = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)) + kind.Extension();
        var path = Path.Combine(root, key);
        long length = read;
        await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write))
        {
            await file.WriteAsync(head.AsMemory(0, read), cancellationToken);
            var buffer = new byte[81920];
            int n;
            while ((n = await content.ReadAsync(buffer, cancellationToken)) > 0)
            {
                length += n;
                if (length > maxBytes)
                {
                    break;
                }

                await file.WriteAsync(buffer.AsMemory(0, n), cancellationToken);
            }
        }

        if (length > maxBytes)
        {
            File.Delete(path);
            return (null, new UploadRejection("文件超过 {0} MB 的上限。", [maxBytes / 1024 / 1024]));
        }

        return (new StoredFile(key, kind, length, name), null);
    }

    public Stream? Open(string key)
    {
        var path = PathOf(key);
        return path is not null && File.Exists(path) ? File.OpenRead(path) : null;
    }

    public void Delete(string key)
    {
        if (PathOf(key) is { } path && File.Exists(path))
        {
            File.Delete(path);
        }
    }

    /// <summary>Keys are 32 hex digits and an extension; anything else (a path, "..") is refused.</summary>
    private string? PathOf(string key) =>
        key.Length is > 33 and < 40 && key[..32].All(char.IsAsciiHexDigitLower) && key[32] == '.' && key[33..].All(char.IsAsciiLetterLower)
            ? Path.Combine(root, key)
            : null;

    private static string Describe(IReadOnlySet<FileKind> allowed) => string.Join("、", allowed.Select(k => k switch
    {
        FileKind.Jpeg => "JPEG",
        FileKind.Png => "PNG",
        FileKind.WebP => "WebP",
        FileKind.Pdf => "PDF",
        FileKind.OfficeOpenXml => "Word/Excel（docx/xlsx）",
        FileKind.OfficeLegacy => "Word/Excel（doc/xls）",
        _ => k.ToString(),
    }));
}
