using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Core.DemoData;
using Portal.Modules.ServiceCenter.Domain;

namespace Portal.Modules.ServiceCenter.Tests.Showcases;

public sealed class ShowcaseDemoSeederTests
{
    [Fact]
    public async Task Demo_showcases_cover_the_leading_enterprises_fill_the_queue_and_are_seeded_once()
    {
        await using var h = await ShowcaseHarness.CreateWithDemoDataAsync();
        var leading = await h.InScopeAsync(s => s.GetRequiredService<CoreDbContext>().Enterprises.Where(e => e.IsLeading).Select(e => e.Id).ToListAsync());
        var demoUser = await h.InScopeAsync(s => s.GetRequiredService<CoreDbContext>().Enterprises
            .Where(e => e.OwnerUserId != null && s.GetRequiredService<CoreDbContext>().Users.Any(u => u.Id == e.OwnerUserId && u.Email == "enterprise@demo.local"))
            .Select(e => e.Id).SingleAsync());
        var versions = await h.DbAsync(db => db.Showcases.AsNoTracking().Include(v => v.Products).ThenInclude(p => p.Images).ToListAsync());

        var published = versions.Where(v => v.State == ShowcaseState.Published).ToList();
        Assert.All(leading, id =>
        {
            var v = Assert.Single(published, v => v.EnterpriseId == id);
            Assert.NotNull(v.LogoKey);
            Assert.InRange(v.Products.Count, 3, 4);
            Assert.All(v.Products, p => Assert.InRange(p.Images.Count, 1, 3));
            Assert.NotEmpty(v.BrandList);
            Assert.NotEmpty(v.HonourList);
        });
        Assert.Contains(published, v => v.EnterpriseId == demoUser);
        Assert.True(published.Count > leading.Count + 10, "about half of the member enterprises have a partial showcase");

        var queue = versions.Where(v => v.State == ShowcaseState.Submitted).ToList();
        Assert.InRange(queue.Count, 2, 3);
        Assert.Contains(queue, q => published.Any(p => p.EnterpriseId == q.EnterpriseId));
        Assert.DoesNotContain(queue, q => q.EnterpriseId == demoUser);

        // Every picture the versions name is a real stored file.
        var keys = versions.SelectMany(v => v.Products.SelectMany(p => p.Images.Select(i => i.Key))).Concat(versions.Select(v => v.LogoKey).OfType<string>()).Distinct().ToList();
        Assert.All(keys, k => Assert.True(File.Exists(Path.Combine(h.Uploads, k)), k));

        var files = h.UploadedFiles().Length;
        await h.SeedAsync();
        Assert.Equal(versions.Count, await h.DbAsync(db => db.Showcases.CountAsync()));
        Assert.Equal(files, h.UploadedFiles().Length);
    }

    [Fact]
    public async Task Two_new_databases_get_the_same_showcases()
    {
        await using var a = await ShowcaseHarness.CreateWithDemoDataAsync();
        await using var b = await ShowcaseHarness.CreateWithDemoDataAsync();

        Assert.Equal(await FingerprintAsync(a), await FingerprintAsync(b));
    }

    private static Task<List<string>> FingerprintAsync(ShowcaseHarness h) => h.DbAsync(db => db.Showcases.AsNoTracking()
        .OrderBy(v => v.EnterpriseId).ThenBy(v => v.Number)
        .Select(v => v.EnterpriseId + ":" + v.Number + ":" + v.State + ":" + v.Culture + ":" + v.Brands + ":" + v.Honours + ":" + v.Products.Count)
        .ToListAsync());
}
