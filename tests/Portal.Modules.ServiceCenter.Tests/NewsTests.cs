using Microsoft.EntityFrameworkCore;
using Portal.Core;
using Portal.Core.DemoData;
using Portal.Modules.ServiceCenter.Data;
using Portal.Modules.ServiceCenter.Domain;
using Portal.Modules.ServiceCenter.Jobs;

namespace Portal.Modules.ServiceCenter.Tests;

/// <summary>Writing news (slugs, states, covers) and the job that publishes scheduled articles.</summary>
public sealed class NewsTests
{
    private static NewsInput Input(string title = "春季展销会开幕", string? slug = null) =>
        new(title, slug, "摘要", NewsCategory.Expo, "## 正文\n\n内容");

    private static Task<(NewsArticle? Article, Refusal? Refusal)> SaveAsync(
        CenterHarness harness, NewsInput input, NewsIntent intent = NewsIntent.Keep, DateTime? at = null, CoverUpload? cover = null, int? id = null) =>
        harness.WithAsync<NewsService, (NewsArticle?, Refusal?)>(s => s.SaveAsync(id, input, intent, at, cover, "staff-1"));

    [Fact]
    public async Task Without_a_slug_the_article_gets_one_from_its_id_and_starts_as_a_draft()
    {
        await using var harness = await CenterHarness.StartAsync();

        var (article, refusal) = await SaveAsync(harness, Input());

        Assert.Null(refusal);
        Assert.Equal($"news-{article!.Id}", article.Slug);
        Assert.Equal(NewsState.Draft, article.State);
    }

    [Theory]
    [InlineData("Upper-Case")]
    [InlineData("中文")]
    [InlineData("-leading")]
    [InlineData("two--hyphens")]
    [InlineData("has space")]
    public async Task A_bad_slug_is_refused(string slug)
    {
        await using var harness = await CenterHarness.StartAsync();

        var (article, refusal) = await SaveAsync(harness, Input(slug: slug));

        Assert.Null(article);
        Assert.Equal("Slug", refusal!.Field);
        Assert.Equal(0, await harness.WithAsync<ServiceCenterDbContext, int>(db => db.News.CountAsync()));
    }

    [Fact]
    public async Task A_slug_already_used_is_refused()
    {
        await using var harness = await CenterHarness.StartAsync();
        await SaveAsync(harness, Input(slug: "expo-spring"));

        var (article, refusal) = await SaveAsync(harness, Input("另一篇", "expo-spring"));

        Assert.Null(article);
        Assert.Equal("该网址标识已被其他新闻使用。", refusal!.Message);
    }

    [Fact]
    public async Task Scheduling_needs_a_future_time_in_Beijing()
    {
        await using var harness = await CenterHarness.StartAsync();

        // 08:59 Beijing is a minute before the harness clock (09:00).
        var (_, past) = await SaveAsync(harness, Input(), NewsIntent.Schedule, new DateTime(2026, 3, 2, 8, 59, 0));
        var (_, missing) = await SaveAsync(harness, Input(), NewsIntent.Schedule);
        var (scheduled, ok) = await SaveAsync(harness, Input(), NewsIntent.Schedule, new DateTime(2026, 3, 2, 10, 0, 0));

        Assert.Equal("PublishAt", past!.Field);
        Assert.Equal("PublishAt", missing!.Field);
        Assert.Null(ok);
        Assert.Equal(NewsState.Scheduled, scheduled!.State);
        Assert.Equal(new DateTime(2026, 3, 2, 2, 0, 0), scheduled.PublishAt);
    }

    [Fact]
    public async Task Publish_now_then_unpublish_back_to_draft()
    {
        await using var harness = await CenterHarness.StartAsync();
        var (article, _) = await SaveAsync(harness, Input(), NewsIntent.Publish);
        Assert.Equal(NewsState.Published, article!.State);
        Assert.Equal(CenterHarness.Start.UtcDateTime, article.PublishedAt);

        Assert.Null(await harness.WithAsync<NewsService, Refusal?>(s => s.UnpublishAsync(article.Id)));

        var stored = await harness.WithAsync<NewsQueries, NewsArticle?>(q => q.FindAsync(article.Id));
        Assert.Equal(NewsState.Draft, stored!.State);
        Assert.Null(stored.PublishedAt);
        Assert.Null(await harness.WithAsync<NewsQueries, NewsReading?>(q => q.ReadAsync(stored.Slug)));
    }

    [Fact]
    public async Task A_cover_is_stored_with_its_size()
    {
        await using var harness = await CenterHarness.StartAsync();
        using var png = new MemoryStream(DemoImages.Png(64, 36, (140, 28, 31)));

        var (article, refusal) = await SaveAsync(harness, Input(), cover: new CoverUpload(png, "cover.png"));

        Assert.Null(refusal);
        Assert.Equal((64, 36), (article!.CoverWidth, article.CoverHeight));
        Assert.Single(Directory.GetFiles(harness.UploadsDirectory));
    }

    [Theory]
    [InlineData("not-an-image.png", false)]
    [InlineData("huge.png", true)]
    public async Task A_wrong_or_too_big_cover_is_refused_and_nothing_is_stored(string name, bool huge)
    {
        await using var harness = await CenterHarness.StartAsync();
        var bytes = huge
            ? [.. DemoImages.Png(8, 8, (1, 2, 3)), .. new byte[NewsRules.MaxCoverBytes]]
            : "<script>alert(1)</script>"u8.ToArray();

        var (article, refusal) = await SaveAsync(harness, Input(), cover: new CoverUpload(new MemoryStream(bytes), name));

        Assert.Null(article);
        Assert.Equal("Cover", refusal!.Field);
        Assert.Equal(huge ? "文件超过 {0} MB 的上限。" : "不支持的文件类型，只接受：{0}。", refusal.Message);
        Assert.Equal(0, await harness.WithAsync<ServiceCenterDbContext, int>(db => db.News.CountAsync()));
        Assert.True(!Directory.Exists(harness.UploadsDirectory) || Directory.GetFiles(harness.UploadsDirectory).Length == 0);
    }

    [Fact]
    public async Task The_publisher_publishes_due_articles_once_and_a_second_run_changes_nothing()
    {
        await using var harness = await CenterHarness.StartAsync();
        var (soon, _) = await SaveAsync(harness, Input("一小时后"), NewsIntent.Schedule, new DateTime(2026, 3, 2, 10, 0, 0));
        var (later, _) = await SaveAsync(harness, Input("两天后"), NewsIntent.Schedule, new DateTime(2026, 3, 4, 9, 0, 0));
        var (draft, _) = await SaveAsync(harness, Input("草稿"));

        Assert.Equal(0, await harness.WithAsync<NewsPublisher, int>(p => p.PublishDueAsync()));
        harness.Time.Advance(TimeSpan.FromHours(2));
        var first = await harness.WithAsync<NewsPublisher, int>(p => p.PublishDueAsync());
        var afterFirst = await harness.WithAsync<ServiceCenterDbContext, List<NewsArticle>>(db => db.News.AsNoTracking().OrderBy(n => n.Id).ToListAsync());
        harness.Time.Advance(TimeSpan.FromMinutes(1));
        var second = await harness.WithAsync<NewsPublisher, int>(p => p.PublishDueAsync());
        var afterSecond = await harness.WithAsync<ServiceCenterDbContext, List<NewsArticle>>(db => db.News.AsNoTracking().OrderBy(n => n.Id).ToListAsync());

        Assert.Equal(1, first);
        Assert.Equal(0, second);
        var published = afterFirst.Single(n => n.Id == soon!.Id);
        Assert.Equal(NewsState.Published, published.State);
        Assert.Equal(new DateTime(2026, 3, 2, 2, 0, 0), published.PublishedAt);
        Assert.Equal(NewsState.Scheduled, afterFirst.Single(n => n.Id == later!.Id).State);
        Assert.Equal(NewsState.Draft, afterFirst.Single(n => n.Id == draft!.Id).State);
        Assert.Equal(
            afterFirst.Select(n => (n.State, n.PublishedAt, n.UpdatedAt)),
            afterSecond.Select(n => (n.State, n.PublishedAt, n.UpdatedAt)));
    }

    [Fact]
    public async Task Published_news_reads_newest_first_with_neighbours()
    {
        await using var harness = await CenterHarness.StartAsync();
        var ids = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add((await SaveAsync(harness, Input($"第 {i} 篇", $"n-{i}"), NewsIntent.Publish)).Article!.Id);
            harness.Time.Advance(TimeSpan.FromHours(1));
        }

        await SaveAsync(harness, Input("草稿", "draft-one"));

        var list = await harness.WithAsync<NewsQueries, ListPage<NewsArticle>>(q => q.PublishedAsync(null, 1));
        var middle = await harness.WithAsync<NewsQueries, NewsReading?>(q => q.ReadAsync("n-1"));

        Assert.Equal(["n-2", "n-1", "n-0"], list.Items.Select(n => n.Slug));
        Assert.Equal("n-0", middle!.Older!.Slug);
        Assert.Equal("n-2", middle.Newer!.Slug);
        Assert.Null(await harness.WithAsync<NewsQueries, NewsReading?>(q => q.ReadAsync("draft-one")));
    }
}
