using Microsoft.EntityFrameworkCore;
using Portal.Core;
using Portal.Core.Files;
using Portal.Modules.ServiceCenter.Data;

namespace Portal.Modules.ServiceCenter.Domain;

/// <summary>A picture to store: its content and the name it was uploaded under.</summary>
internal sealed record ImageUpload(Func<Stream> Open, string FileName, long Length);

/// <summary>
/// The enterprise's edits to its working copy (a Draft): texts, logo, products and their images.
/// Every edit bumps the version's revision, so an edit racing a submission or a review loses cleanly.
/// A refused edit changes nothing and leaves no file behind.
/// </summary>
internal sealed class ShowcaseEditor(ServiceCenterDbContext db, IFileStore files)
{
    public async Task<Refusal?> UpdateTextAsync(int versionId, string? culture, string? brands, string? honours, CancellationToken cancellationToken = default)
    {
        culture = Normalize(culture);
        brands = Lines(brands);
        honours = Lines(honours);
        if (culture.Length > ShowcaseLimits.Culture)
        {
            return new Refusal("Culture", "企业文化与简介不能超过 {0} 字。", [ShowcaseLimits.Culture]);
        }

        if (CheckList("Brands", brands, "品牌合计不能超过 {0} 字。", "每个品牌不能超过 {0} 字。") is { } badBrands)
        {
            return badBrands;
        }

        if (CheckList("Honours", honours, "荣誉合计不能超过 {0} 字。", "每项荣誉不能超过 {0} 字。") is { } badHonours)
        {
            return badHonours;
        }

        var (version, refusal) = await DraftAsync(versionId, cancellationToken);
        if (version is null)
        {
            return refusal;
        }

        version.Culture = culture;
        version.Brands = brands;
        version.Honours = honours;
        return await SaveAsync(version, cancellationToken);
    }

    public async Task<Refusal?> SetLogoAsync(int versionId, ImageUpload upload, CancellationToken cancellationToken = default)
    {
        var (version, refusal) = await DraftAsync(versionId, cancellationToken);
        if (version is null)
        {
            return refusal;
        }

        var (image, rejection) = await StoreImageAsync(upload, cancellationToken);
        if (image is null)
        {
            return rejection;
        }

        var old = version.LogoKey;
        (version.LogoKey, version.LogoWidth, version.LogoHeight) = (image.Value.Key, image.Value.Width, image.Value.Height);
        return await SaveAsync(version, cancellationToken, image.Value.Key, old);
    }

    public async Task<Refusal?> RemoveLogoAsync(int versionId, CancellationToken cancellationToken = default)
    {
        var (version, refusal) = await DraftAsync(versionId, cancellationToken);
        if (version is null)
        {
            return refusal;
        }

        var old = version.LogoKey;
        (version.LogoKey, version.LogoWidth, version.LogoHeight) = (null, 0, 0);
        return await SaveAsync(version, cancellationToken, null, old);
    }

    /// <summary>Adds a product (<paramref name="productId"/> null) or changes one of this version's products.</summary>
    public async Task<Refusal?> SaveProductAsync(int versionId, int? productId, string? name, string? description, CancellationToken cancellationToken = default)
    {
        name = Normalize(name);
        description = Normalize(description);
        if (name.Length == 0 || name.Length > ShowcaseLimits.ProductName)
        {
            return new Refusal("Product.Name", "请填写产品名称（{0} 字以内）。", [ShowcaseLimits.ProductName]);
        }

        if (description.Length > ShowcaseLimits.ProductDescription)
        {
            return new Refusal("Product.Description", "产品介绍不能超过 {0} 字。", [ShowcaseLimits.ProductDescription]);
        }

        var (version, refusal) = await DraftAsync(versionId, cancellationToken);
        if (version is null)
        {
            return refusal;
        }

        if (productId is { } id)
        {
            if (version.Products.FirstOrDefault(p => p.Id == id) is not { } product)
            {
                return Refusal.Form("找不到该产品，可能已被删除。");
            }

            (product.Name, product.Description) = (name, description);
        }
        else
        {
            if (version.Products.Count >= ShowcaseLimits.Products)
            {
                return Refusal.Form("最多展示 {0} 个产品。", ShowcaseLimits.Products);
            }

            version.Products.Add(new ShowcaseProduct
            {
                Name = name,
                Description = description,
                SortOrder = version.Products.Select(p => p.SortOrder).DefaultIfEmpty(0).Max() + 1,
            });
        }

        return await SaveAsync(version, cancellationToken);
    }

    public async Task<Refusal?> RemoveProductAsync(int versionId, int productId, CancellationToken cancellationToken = default)
    {
        var (version, refusal) = await DraftAsync(versionId, cancellationToken);
        if (version is null)
        {
            return refusal;
        }

        if (version.Products.FirstOrDefault(p => p.Id == productId) is not { } product)
        {
            return Refusal.Form("找不到该产品，可能已被删除。");
        }

        version.Products.Remove(product);
        db.Products.Remove(product);
        return await SaveAsync(version, cancellationToken, released: product.Images.Select(i => i.Key));
    }

    public async Task<Refusal?> AddImageAsync(int versionId, int productId, ImageUpload upload, CancellationToken cancellationToken = default)
    {
        var (version, refusal) = await DraftAsync(versionId, cancellationToken);
        if (version is null)
        {
            return refusal;
        }

        if (version.Products.FirstOrDefault(p => p.Id == productId) is not { } product)
        {
            return Refusal.Form("找不到该产品，可能已被删除。");
        }

        if (product.Images.Count >= ShowcaseProduct.MaxImages)
        {
            return new Refusal("Upload", "每个产品最多 {0} 张图片，请先删除一张再上传。", [ShowcaseProduct.MaxImages]);
        }

        var (image, rejection) = await StoreImageAsync(upload, cancellationToken);
        if (image is null)
        {
            return rejection;
        }

        product.Images.Add(new ProductImage
        {
            Key = image.Value.Key,
            Width = image.Value.Width,
            Height = image.Value.Height,
            Alt = product.Name,
            SortOrder = product.Images.Select(i => i.SortOrder).DefaultIfEmpty(0).Max() + 1,
        });
        return await SaveAsync(version, cancellationToken, stored: image.Value.Key);
    }

    public async Task<Refusal?> RemoveImageAsync(int versionId, int imageId, CancellationToken cancellationToken = default)
    {
        var (version, refusal) = await DraftAsync(versionId, cancellationToken);
        if (version is null)
        {
            return refusal;
        }

        var product = version.Products.FirstOrDefault(p => p.Images.Any(i => i.Id == imageId));
        if (product is null)
        {
            return Refusal.Form("找不到该图片，可能已被删除。");
        }

        var image = product.Images.First(i => i.Id == imageId);
        product.Images.Remove(image);
        db.ProductImages.Remove(image);
        return await SaveAsync(version, cancellationToken, null, image.Key);
    }

    private async Task<(ShowcaseVersion? Version, Refusal? Refusal)> DraftAsync(int versionId, CancellationToken cancellationToken)
    {
        var version = await db.Showcases
            .Include(v => v.Products).ThenInclude(p => p.Images)
            .FirstOrDefaultAsync(v => v.Id == versionId, cancellationToken);
        return version is { State: ShowcaseState.Draft }
            ? (version, null)
            : (null, Refusal.Form("只有编辑中的版本可以修改；已提交审核的版本请先撤回。"));
    }

    /// <summary>Stores an image after checking its kind by content, its size and its pixel size; nothing is left behind on refusal.</summary>
    private async Task<((string Key, int Width, int Height)? Image, Refusal? Refusal)> StoreImageAsync(ImageUpload upload, CancellationToken cancellationToken)
    {
        if (upload.Length == 0)
        {
            return (null, new Refusal("Upload", "请选择要上传的图片。"));
        }

        if (upload.Length > ShowcaseLimits.ImageBytes)
        {
            return (null, new Refusal("Upload", "图片超过 {0} MB 的上限。", [ShowcaseLimits.ImageMegabytes]));
        }

        StoredFile? stored;
        UploadRejection? rejection;
        await using (var content = upload.Open())
        {
            (stored, rejection) = await files.SaveAsync(content, upload.FileName, FileKinds.Images, ShowcaseLimits.ImageBytes, cancellationToken);
        }

        if (stored is null)
        {
            return (null, new Refusal("Upload", rejection!.Message, rejection.Args));
        }

        (int Width, int Height)? size;
        using (var saved = files.Open(stored.Key))
        {
            size = saved is null ? null : ImageInfo.TryRead(saved);
        }

        if (size is not { Width: > 0, Height: > 0 } pixels)
        {
            files.Delete(stored.Key);
            return (null, new Refusal("Upload", "无法读取图片尺寸，图片可能已损坏。"));
        }

        return ((stored.Key, pixels.Width, pixels.Height), null);
    }

    private async Task<Refusal?> SaveAsync(
        ShowcaseVersion version, CancellationToken cancellationToken, string? stored = null, params IEnumerable<string?> released)
    {
        version.Revision++;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            if (stored is not null)
            {
                files.Delete(stored);
            }

            return Refusal.Form("展示内容刚刚被提交或审核，本次修改未保存，请刷新后再试。");
        }

        // Earlier versions share picture files with the working copy; a file goes only when nothing uses it any more.
        foreach (var key in released.OfType<string>().Distinct())
        {
            if (!await db.ProductImages.AnyAsync(i => i.Key == key, cancellationToken) && !await db.Showcases.AnyAsync(v => v.LogoKey == key, cancellationToken))
            {
                files.Delete(key);
            }
        }

        return null;
    }

    private static Refusal? CheckList(string field, string text, string tooLong, string lineTooLong)
    {
        if (text.Length > ShowcaseLimits.ListText)
        {
            return new Refusal(field, tooLong, [ShowcaseLimits.ListText]);
        }

        return text.Split('\n').Any(l => l.Length > ShowcaseLimits.ListLine) ? new Refusal(field, lineTooLong, [ShowcaseLimits.ListLine]) : null;
    }

    private static string Normalize(string? text) => (text ?? "").Replace("\r\n", "\n").Replace('\r', '\n').Trim();

    /// <summary>One entry a line, blank lines and surrounding spaces dropped.</summary>
    private static string Lines(string? text) =>
        string.Join('\n', Normalize(text).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
