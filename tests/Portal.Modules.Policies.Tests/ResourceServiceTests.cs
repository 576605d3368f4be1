using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.Core.Enterprises;
using Portal.Modules.Policies.Admin;
using Portal.Modules.Policies.Contracts;
using Portal.Modules.Policies.Domain;

namespace Portal.Modules.Policies.Tests;

/// <summary>Staff changes to the 资源清单: every change audited, bad input refused whole, a stale save refused — SQLite and PostgreSQL.</summary>
public sealed class ResourceServiceTests
{
    public static TheoryData<DatabaseProvider> Providers => [DatabaseProvider.Sqlite, DatabaseProvider.Postgres];

    internal static ResourceInput Sample(string title = "纺织企业贷款贴息服务") => new()
    {
        Title = title, Kind = ResourceKind.Service, ProvidingUnit = "区金融服务中心", Contact = "0791-88000001",
        Segments = [Segment.Garment, Segment.Dyeing, Segment.Garment], Categories = [NeedCategory.Financing], Description = "## 办理方式\n\n1. 线上申请",
    };

    private static Task<T> WithResourcesAsync<T>(PoliciesHarness h, Func<ResourceService, Task<T>> work) => h.Kernel.WithAsync(work);

    private static async Task<Resource> CreateAsync(PoliciesHarness h, ResourceInput? input = null)
    {
        var (resource, refusal) = await WithResourcesAsync(h, s => s.CreateAsync(input ?? Sample(), PoliciesHarness.Staff));
        Assert.True(refusal is null, refusal?.Message);
        return await h.WithDbAsync(db => db.Resources.AsNoTracking().SingleAsync(r => r.Id == resource!.Id));
    }

    private static Task<List<string>> AuditAsync(PoliciesHarness h, int id) => h.WithDbAsync(db => db.Audit
        .Where(a => a.EntityKind == PolicyAudit.ResourceKind && a.EntityId == id).OrderBy(a => a.Id)
        .Select(a => a.Action + " " + a.UserName + " " + a.Summary).ToListAsync());

    [Fact]
    public async Task Create_edit_publish_take_offline_and_delete_are_each_recorded_with_who_and_what()
    {
        await using var h = await PoliciesHarness.CreateAsync();
        var created = await CreateAsync(h);
        Assert.False(created.Published);
        Assert.Equal([Segment.Dyeing, Segment.Garment], created.Segments);

        Assert.Null(await WithResourcesAsync(h, s => s.UpdateAsync(created.Id, created.Token(), Sample("纺织企业贴息服务（新）"), PoliciesHarness.Staff)));
        var edited = await h.WithDbAsync(db => db.Resources.AsNoTracking().SingleAsync(r => r.Id == created.Id));
        Assert.Null(await WithResourcesAsync(h, s => s.SetPublishedAsync(created.Id, edited.Token(), true, PoliciesHarness.Staff)));
        var published = await h.WithDbAsync(db => db.Resources.AsNoTracking().SingleAsync(r => r.Id == created.Id));
        Assert.True(published.Published);
        Assert.Equal("该资源已经发布。", (await WithResourcesAsync(h, s => s.SetPublishedAsync(created.Id, published.Token(), true, PoliciesHarness.Staff)))?.Message);
        Assert.Null(await WithResourcesAsync(h, s => s.SetPublishedAsync(created.Id, published.Token(), false, PoliciesHarness.Staff)));
        Assert.Null(await WithResourcesAsync(h, s => s.DeleteAsync(created.Id, PoliciesHarness.Staff)));

        Assert.False(await h.WithDbAsync(db => db.Resources.AnyAsync(r => r.Id == created.Id)));
        Assert.Equal(
        [
            "create 张工作人员 新建资源“纺织企业贷款贴息服务”",
            "update 张工作人员 修改资源“纺织企业贷款贴息服务”，标题改为“纺织企业贴息服务（新）”",
            "publish 张工作人员 发布资源“纺织企业贴息服务（新）”",
            "unpublish 张工作人员 下线资源“纺织企业贴息服务（新）”",
            "delete 张工作人员 删除资源“纺织企业贴息服务（新）”（区金融服务中心）",
        ], await AuditAsync(h, created.Id));
        Assert.Equal(ResourceService.NotFound, (await WithResourcesAsync(h, s => s.DeleteAsync(created.Id, PoliciesHarness.Staff)))?.Message);
    }

    [Theory]
    [InlineData("", "区金融服务中心", "Title")]
    [InlineData("标题", "  ", "ProvidingUnit")]
    [InlineData("标题", "区金融服务中心", "Categories")]
    public async Task Bad_input_is_refused_by_field_and_nothing_is_saved(string title, string unit, string field)
    {
        await using var h = await PoliciesHarness.CreateAsync();
        var input = Sample(title) with { ProvidingUnit = unit, Categories = field == "Categories" ? [] : [NeedCategory.Land] };

        var (resource, refusal) = await WithResourcesAsync(h, s => s.CreateAsync(input, PoliciesHarness.Staff));

        Assert.Null(resource);
        Assert.Equal(field, refusal?.Field);
        Assert.Equal(0, await h.WithDbAsync(db => db.Resources.CountAsync()));
        Assert.Equal(0, await h.WithDbAsync(db => db.Audit.CountAsync()));
        Assert.NotNull((Sample() with { Kind = (ResourceKind)99 }).Check());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Of_simultaneous_saves_from_the_same_version_exactly_one_wins_even_when_the_clock_stands_still(DatabaseProvider provider)
    {
        await using var h = await PoliciesHarness.CreateAsync(provider);
        var resource = await CreateAsync(h);
        var token = resource.Token();

        var results = await Task.WhenAll(Enumerable.Range(1, 8).Select(i => Task.Run(() =>
            WithResourcesAsync(h, s => s.UpdateAsync(resource.Id, token, Sample($"编辑 {i}"), new Actor($"u{i}", $"编辑{i}"))))));

        Assert.Single(results, r => r is null);
        Assert.All(results.Where(r => r is not null), r => Assert.Equal(StampedSave.ConflictMessage, r!.Message));
        var stored = await h.WithDbAsync(db => db.Resources.AsNoTracking().SingleAsync(r => r.Id == resource.Id));
        Assert.Equal(1, await h.WithDbAsync(db => db.Audit.CountAsync(a => a.Action == "update")));

        // The loser saves again on top of the winner's version: accepted.
        Assert.Null(await WithResourcesAsync(h, s => s.UpdateAsync(resource.Id, stored.Token(), Sample("合并后"), PoliciesHarness.Staff)));
        Assert.Equal(StampedSave.ConflictMessage, (await WithResourcesAsync(h, s => s.SetPublishedAsync(resource.Id, stored.Token(), true, PoliciesHarness.Staff)))?.Message);
    }

    [Fact]
    public async Task The_staff_list_filters_by_kind_unit_segment_category_and_published()
    {
        await using var h = await PoliciesHarness.CreateAsync();
        await CreateAsync(h, Sample("印染专用") with { Segments = [Segment.Dyeing], Categories = [NeedCategory.Technology], Kind = ResourceKind.Resource });
        var everyone = await CreateAsync(h, Sample("全行业") with { Segments = [], ProvidingUnit = "区商务局", Categories = [NeedCategory.Export, NeedCategory.Financing] });
        await CreateAsync(h, Sample("制衣专用") with { Segments = [Segment.Garment] });
        Assert.Null(await WithResourcesAsync(h, s => s.SetPublishedAsync(everyone.Id, everyone.Token(), true, PoliciesHarness.Staff)));

        async Task<string> Titles(ResourceAdminFilter filter) =>
            string.Join(",", await h.Kernel.WithAsync<ResourceAdminQueries, List<string>>(q => q.Filtered(filter).OrderBy(r => r.Id).Select(r => r.Title).ToListAsync()));

        Assert.Equal("印染专用,全行业", await Titles(new(Segment: Segment.Dyeing)));
        Assert.Equal("印染专用", await Titles(new(Kind: ResourceKind.Resource)));
        Assert.Equal("全行业", await Titles(new(Unit: "区商务局")));
        Assert.Equal("全行业", await Titles(new(Category: NeedCategory.Export)));
        Assert.Equal("全行业,制衣专用", await Titles(new(Category: NeedCategory.Financing)));
        Assert.Equal("全行业", await Titles(new(Published: true)));
        Assert.Equal("印染专用,制衣专用", await Titles(new(Published: false)));
        Assert.Equal("", await Titles(new(Kind: ResourceKind.Resource, Published: true)));
        Assert.Equal("?kind=Resource&unit=%E5%8C%BA&segment=Dyeing&published=false&page=2",
            new ResourceAdminFilter(Kind: ResourceKind.Resource, Unit: "区", Segment: Segment.Dyeing, Published: false).QueryString(2));
    }
}
