using Portal.Core;
using Portal.Core.Files;
using Portal.Modules.ServiceCenter.Domain;

namespace Portal.Modules.ServiceCenter.Center;

/// <summary>A hall's photo: an image of at most 5 MB whose pixel size is read from its header.</summary>
internal sealed class HallPhotos(IFileStore files)
{
    public const long MaxBytes = 5 * 1024 * 1024;

    /// <summary>
    /// Stores the photo and puts it on the hall (the caller saves the hall, then deletes the replaced file);
    /// on refusal nothing is stored and the hall is unchanged.
    /// </summary>
    public async Task<Refusal?> AttachAsync(Hall hall, Stream content, string fileName, CancellationToken cancellationToken = default)
    {
        var (stored, rejection) = await files.SaveAsync(content, fileName, FileKinds.Images, MaxBytes, cancellationToken);
        if (stored is null)
        {
            return new Refusal("Photo", rejection!.Message, rejection.Args);
        }

        (int Width, int Height)? size;
        using (var saved = files.Open(stored.Key))
        {
            size = saved is null ? null : ImageInfo.TryRead(saved);
        }

        if (size is not { Width: > 0, Height: > 0 } pixels)
        {
            files.Delete(stored.Key);
            return new Refusal("Photo", "无法读取图片的尺寸，请换一张 JPEG、PNG 或 WebP 图片。");
        }

        hall.PhotoKey = stored.Key;
        hall.PhotoWidth = pixels.Width;
        hall.PhotoHeight = pixels.Height;
        return null;
    }
}
