using Bogus;
using Microsoft.EntityFrameworkCore;
using Portal.Core.DemoData;
using Portal.Core.Enterprises;
using Portal.Core.Files;
using Portal.Core.Modules;
using Portal.Modules.ServiceCenter.Data;
using Portal.Modules.ServiceCenter.Domain;

namespace Portal.Modules.ServiceCenter.DemoData;

/// <summary>
/// Showcases for the demo enterprises: every leading enterprise complete (culture, logo, 3–4 products with
/// pictures, brands, honours), about half of the others partial (culture and one product), and a few
/// submissions waiting in the moderation queue, one of them replacing an older published version.
/// Deterministic (fixed seed) and idempotent (does nothing once any showcase exists). Pictures are a
/// small palette stored once and shared, as versions share picture files anyway.
/// </summary>
internal sealed class ShowcaseDemoSeeder(ServiceCenterDbContext db, IEnterpriseDirectory enterprises, IFileStore files, TimeProvider time) : IDemoDataSeeder
{
    public const int Seed = 20260120;

    public int Order => 120;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Showcases.AnyAsync(cancellationToken))
        {
            return;
        }

        var all = (await enterprises.SearchAsync(new EnterpriseSearch(PageSize: 100), cancellationToken)).Items
            .OrderBy(e => e.Id).ToList();
        if (all.Count == 0)
        {
            return;
        }

        var faker = new Faker("zh_CN") { Random = new Randomizer(Seed) };
        var now = time.GetUtcNow().UtcDateTime;
        var pictures = await StorePicturesAsync(cancellationToken);

        // The leading enterprise of the first segment that has no demo account gets a newer version waiting for review.
        var waitingUpdate = all.FirstOrDefault(e => e.IsLeading && e.OwnerUserId is null);
        var queuedFirstTimers = new List<EnterpriseProfile>();
        foreach (var e in all)
        {
            if (e.IsLeading)
            {
                var published = Published(Complete(faker, e, pictures, now.AddDays(-40)), now.AddDays(-38));
                db.Showcases.Add(published);
                if (e == waitingUpdate)
                {
                    db.Showcases.Add(Submitted(Update(faker, published, pictures, now.AddDays(-2)), now.AddDays(-1)));
                }
            }
            else if (faker.Random.Bool(0.5f))
            {
                db.Showcases.Add(Published(Partial(faker, e, pictures, now.AddDays(-30)), now.AddDays(-29)));
            }
            else if (queuedFirstTimers.Count < 2 && faker.Random.Bool(0.3f))
            {
                queuedFirstTimers.Add(e);
                db.Showcases.Add(Submitted(Partial(faker, e, pictures, now.AddDays(-3)), now.AddHours(-20 + (queuedFirstTimers.Count * 3))));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static ShowcaseVersion Published(ShowcaseVersion v, DateTime reviewedAt)
    {
        v.State = ShowcaseState.Published;
        v.SubmittedAt = reviewedAt.AddHours(-3);
        v.ReviewedAt = reviewedAt;
        return v;
    }

    private static ShowcaseVersion Submitted(ShowcaseVersion v, DateTime submittedAt)
    {
        v.State = ShowcaseState.Submitted;
        v.SubmittedAt = submittedAt;
        return v;
    }

    private static ShowcaseVersion Complete(Faker f, EnterpriseProfile e, Pictures pictures, DateTime created)
    {
        var catalogue = ShowcaseDemoContent.Products[e.Segment];
        var logo = pictures.Logos[(int)e.Segment % pictures.Logos.Count];
        return new ShowcaseVersion
        {
            EnterpriseId = e.Id,
            Number = 1,
            CreatedAt = created,
            Culture = ShowcaseDemoContent.Culture(e, complete: true),
            LogoKey = logo.Key,
            LogoWidth = logo.Width,
            LogoHeight = logo.Height,
            Brands = string.Join('\n', f.Random.ListItems(ShowcaseDemoContent.BrandWords, f.Random.Int(1, 2))
                .Select(w => w + f.PickRandom(ShowcaseDemoContent.BrandSuffixes))),
            Honours = string.Join('\n', f.Random.ListItems(ShowcaseDemoContent.Honours, f.Random.Int(2, 4))),
            Products = f.Random.ListItems(catalogue, Math.Min(catalogue.Length, f.Random.Int(3, 4)))
                .Select((p, i) => Product(f, p, i + 1, f.Random.Int(1, 3), pictures)).ToList(),
        };
    }

    private static ShowcaseVersion Partial(Faker f, EnterpriseProfile e, Pictures pictures, DateTime created) => new()
    {
        EnterpriseId = e.Id,
        Number = 1,
        CreatedAt = created,
        Culture = ShowcaseDemoContent.Culture(e, complete: false),
        Products = [Product(f, f.PickRandom(ShowcaseDemoContent.Products[e.Segment]), 1, 1, pictures)],
    };

    /// <summary>Version 2 of a complete showcase: a longer story, one product dropped, one new, one more honour.</summary>
    private static ShowcaseVersion Update(Faker f, ShowcaseVersion v1, Pictures pictures, DateTime created)
    {
        var v = new ShowcaseVersion
        {
            EnterpriseId = v1.EnterpriseId,
            Number = 2,
            CreatedAt = created,
            Culture = v1.Culture + "\n### 新的一年\n\n今年公司新建一条数字化生产线，并与链上三家企业签订了联合研发协议。\n",
            LogoKey = v1.LogoKey,
            LogoWidth = v1.LogoWidth,
            LogoHeight = v1.LogoHeight,
            Brands = v1.Brands,
            Honours = v1.HonourList.Contains("青年文明号") ? v1.Honours : v1.Honours + "\n青年文明号",
            Products = v1.Products.Skip(1).Select(p => new ShowcaseProduct
            {
                Name = p.Name,
                Description = p.Description,
                SortOrder = p.SortOrder,
                Images = p.Images.Select(i => new ProductImage { Key = i.Key, Width = i.Width, Height = i.Height, Alt = i.Alt, SortOrder = i.SortOrder }).ToList(),
            }).ToList(),
        };
        v.Products.Add(Product(f, ("联名文创系列", "与本地文旅活动合作推出的文创服饰，首批一千件。"), v1.Products.Count + 1, 2, pictures));
        return v;
    }

    private static ShowcaseProduct Product(Faker f, (string Name, string Description) p, int order, int images, Pictures pictures) => new()
    {
        Name = p.Name,
        Description = p.Description,
        SortOrder = order,
        Images = f.Random.ListItems(pictures.Products.ToList(), images).Select((img, i) => new ProductImage
        {
            Key = img.Key, Width = img.Width, Height = img.Height, Alt = p.Name, SortOrder = i + 1,
        }).ToList(),
    };

    private sealed record Picture(string Key, int Width, int Height);

    private sealed record Pictures(IReadOnlyList<Picture> Products, IReadOnlyList<Picture> Logos);

    private async Task<Pictures> StorePicturesAsync(CancellationToken cancellationToken)
    {
        var products = new List<Picture>();
        foreach (var colour in ShowcaseDemoContent.Colours)
        {
            products.Add(await StoreAsync(480, 360, colour, cancellationToken));
        }

        var logos = new List<Picture>();
        foreach (var colour in ShowcaseDemoContent.Colours.Take(6))
        {
            logos.Add(await StoreAsync(160, 160, colour, cancellationToken));
        }

        return new Pictures(products, logos);
    }

    private async Task<Picture> StoreAsync(int width, int height, (byte, byte, byte) colour, CancellationToken cancellationToken)
    {
        using var png = new MemoryStream(DemoImages.Png(width, height, colour));
        var (stored, rejection) = await files.SaveAsync(png, "demo.png", FileKinds.Images, ShowcaseLimits.ImageBytes, cancellationToken);
        return stored is null
            ? throw new InvalidOperationException("The demo picture was refused: " + rejection?.Message)
            : new Picture(stored.Key, width, height);
    }
}
