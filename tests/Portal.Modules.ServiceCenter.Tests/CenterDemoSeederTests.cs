using Portal.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Files;
using Portal.Core.Modules;
using Portal.Modules.ServiceCenter.Center;
using Portal.Modules.ServiceCenter.Data;

namespace Portal.Modules.ServiceCenter.Tests;

public sealed class CenterDemoSeederTests
{
    [Fact]
    public async Task Seeding_twice_leaves_one_set_of_pages_halls_and_photos()
    {
        await using var host = await KernelHarness.CreateAsync([new ServiceCenterModule()]);

        await SeedAsync(host);
        await SeedAsync(host);

        var (pages, halls) = await host.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ServiceCenterDbContext>();
            return (await db.Pages.AsNoTracking().ToListAsync(), await db.Halls.AsNoTracking().ToListAsync());
        });
        Assert.Equal(["about", "hours", "address", "transport"], pages.OrderBy(p => p.SortOrder).Select(p => p.Key));
        Assert.Equal(CenterDemoSeeder.Halls.Length, halls.Count);
        Assert.Contains(halls, h => h.Name == "国家纺织面料馆");
        Assert.Equal(halls.Count, Directory.GetFiles(host.UploadsPath).Length);

        var files = host.Services.GetRequiredService<IFileStore>();
        Assert.All(halls, h =>
        {
            Assert.NotNull(h.PhotoKey);
            using var photo = files.Open(h.PhotoKey!);
            Assert.NotNull(photo);
            Assert.Equal((h.PhotoWidth, h.PhotoHeight), ImageInfo.TryRead(photo!));
            Assert.Equal((CenterDemoSeeder.PhotoWidth, CenterDemoSeeder.PhotoHeight), (h.PhotoWidth, h.PhotoHeight));
        });
    }

    [Fact]
    public async Task Two_new_databases_get_the_same_content_with_the_sources_figures()
    {
        await using var first = await KernelHarness.CreateAsync([new ServiceCenterModule()]);
        await using var second = await KernelHarness.CreateAsync([new ServiceCenterModule()]);
        await SeedAsync(first);
        await SeedAsync(second);

        var a = await ContentAsync(first);
        var b = await ContentAsync(second);

        Assert.Equal(a, b);
        Assert.Contains("1.2 亿元", a);
        Assert.Contains("100 余场", a);
        Assert.Contains("117 个", a);
        Assert.Contains("239 家", a);
    }

    [Fact]
    public void It_runs_after_the_kernels_seeder() =>
        Assert.Equal(100, new CenterDemoSeeder(null!, null!, TimeProvider.System).Order);

    [Fact]
    public void The_module_registers_it_as_a_demo_data_seeder()
    {
        var services = new ServiceCollection();
        new ServiceCenterModule().AddServices(services, new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build());
        Assert.Contains(services, d => d.ServiceType == typeof(IDemoDataSeeder) && d.ImplementationType == typeof(CenterDemoSeeder));
    }

    /// <summary>Built from the host's services (the kernel's own seeder needs Identity, which these tests do not set up).</summary>
    private static Task SeedAsync(KernelHarness host) => host.InScopeAsync(sp =>
        ActivatorUtilities.CreateInstance<CenterDemoSeeder>(sp).SeedAsync(CancellationToken.None));

    private static Task<string> ContentAsync(KernelHarness host) => host.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<ServiceCenterDbContext>();
        var pages = await db.Pages.AsNoTracking().OrderBy(p => p.Id).Select(p => p.Key + p.Title + p.Body + p.SortOrder).ToListAsync();
        var halls = await db.Halls.AsNoTracking().OrderBy(h => h.Id)
            .Select(h => h.Name + h.Slug + h.Floor + h.AreaSquareMetres + h.Summary + h.Description + h.PhotoWidth + h.PhotoHeight).ToListAsync();
        return string.Join("\n", pages.Concat(halls));
    });
}
