using Microsoft.EntityFrameworkCore;
using Portal.Core;
using Portal.Core.Files;
using Portal.Core.Time;
using Portal.Modules.ServiceCenter.Data;

namespace Portal.Modules.ServiceCenter.Domain;

/// <summary>What staff type into the news form.</summary>
internal sealed record NewsInput(string? Title, string? Slug, string? Summary, NewsCategory Category, string? Body);

/// <summary>What saving should do with the article's state.</summary>
internal enum NewsIntent
{
    /// <summary>Keep the state (a new article becomes a draft).</summary>
    Keep,

    /// <summary>Save and set back to draft (unpublish or cancel a schedule).</summary>
    Draft,

    /// <summary>Save and publish now.</summary>
    Publish,

    /// <summary>Save and publish at a future time (Asia/Shanghai).</summary>
    Schedule,
}

/// <summary>An uploaded cover picture, not yet stored.</summary>
internal sealed record CoverUpload(Stream Content, string FileName);

/// <summary>
/// Staff write news: draft → scheduled (the <see cref="Jobs.NewsPublisher"/> job publishes it) or
/// published now; a published or scheduled article goes back to draft. A refused save changes nothing
/// and stores no file.
/// </summary>
internal sealed class NewsService(ServiceCenterDbContext db, IFileStore files, TimeProvider time)
{
    public async Task<(NewsArticle? Article, Refusal? Refusal)> SaveAsync(
        int? id, NewsInput input, NewsIntent intent, DateTime? publishAtChina, CoverUpload? cover, string userId,
        CancellationToken cancellationToken = default)
    {
        NewsArticle? article = null;
        if (id is { } existing && (article = await db.News.FirstOrDefaultAsync(n => n.Id == existing, cancellationToken)) is null)
        {
            return (null, Refusal.Form("找不到该新闻。"));
        }

        var now = time.GetUtcNow().UtcDateTime;
        if ((await CheckAsync(id, input, cancellationToken) ?? CheckSchedule(intent, publishAtChina, now)) is { } refusal)
        {
            return (null, refusal);
        }

        StoredCover? stored = null;
        if (cover is not null)
        {
            (stored, var rejection) = await StoreCoverAsync(cover, cancellationToken);
            if (rejection is not null)
            {
                return (null, rejection);
            }
        }

        var isNew = article is null;
        article ??= new NewsArticle { AuthorUserId = userId, CreatedAt = now, State = NewsState.Draft };
        var oldCover = stored is null ? null : article.CoverKey;
        article.Title = input.Title!.Trim();
        article.Summary = input.Summary?.Trim() ?? "";
        article.Body = input.Body?.Trim() ?? "";
        article.Category = input.Category;
        var slug = input.Slug?.Trim() ?? "";
        article.Slug = slug.Length > 0 ? slug : article.Slug.Length > 0 && !isNew ? article.Slug : "tmp-" + Guid.NewGuid().ToString("N");
        article.UpdatedAt = now;
        if (stored is not null)
        {
            (article.CoverKey, article.CoverWidth, article.CoverHeight) = (stored.Key, stored.Width, stored.Height);
        }

        Apply(article, intent, publishAtChina, now);
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (isNew)
            {
                db.News.Add(article);
            }

            await db.SaveChangesAsync(cancellationToken);
            if (slug.Length == 0 && article.Slug.StartsWith("tmp-", StringComparison.Ordinal))
            {
                article.Slug = NewsRules.DefaultSlug(article.Id);
                await db.SaveChangesAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            if (stored is not null)
            {
                files.Delete(stored.Key);
            }

            return (null, new Refusal(nameof(NewsInput.Slug), "该网址标识已被其他新闻使用。"));
        }

        if (oldCover is not null)
        {
            files.Delete(oldCover);
        }

        return (article, null);
    }

    /// <summary>Back to draft: the article disappears from the public pages and the feed.</summary>
    public async Task<Refusal?> UnpublishAsync(int id, CancellationToken cancellationToken = default)
    {
        var article = await db.News.FirstOrDefaultAsync(n => n.Id == id, cancellationToken);
        if (article is null)
        {
            return Refusal.Form("找不到该新闻。");
        }

        if (article.State == NewsState.Draft)
        {
            return Refusal.Form("该新闻已经是草稿。");
        }

        Apply(article, NewsIntent.Draft, null, time.GetUtcNow().UtcDateTime);
        article.UpdatedAt = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    private static void Apply(NewsArticle article, NewsIntent intent, DateTime? publishAtChina, DateTime now)
    {
        switch (intent)
        {
            case NewsIntent.Draft:
                article.State = NewsState.Draft;
                article.PublishAt = null;
                article.PublishedAt = null;
                break;
            case NewsIntent.Publish when article.State != NewsState.Published:
                article.State = NewsState.Published;
                article.PublishAt = null;
                article.PublishedAt = now;
                break;
            case NewsIntent.Schedule:
                article.State = NewsState.Scheduled;
                article.PublishAt = ChinaTime.ToUtc(publishAtChina!.Value);
                article.PublishedAt = null;
                break;
        }
    }

    private async Task<Refusal?> CheckAsync(int? id, NewsInput input, CancellationToken cancellationToken)
    {
        var title = input.Title?.Trim() ?? "";
        if (title.Length is 0 or > NewsRules.MaxTitleLength)
        {
            return new Refusal(nameof(NewsInput.Title), "请填写标题（{0} 字以内）。", [NewsRules.MaxTitleLength]);
        }

        if ((input.Summary?.Trim().Length ?? 0) > NewsRules.MaxSummaryLength)
        {
            return new Refusal(nameof(NewsInput.Summary), "摘要不能超过 {0} 字。", [NewsRules.MaxSummaryLength]);
        }

        if (!NewsRules.Categories.Contains(input.Category))
        {
            return new Refusal(nameof(NewsInput.Category), "请选择栏目。");
        }

        if ((input.Body?.Length ?? 0) > NewsRules.MaxBodyLength)
        {
            return new Refusal(nameof(NewsInput.Body), "正文不能超过 {0} 字。", [NewsRules.MaxBodyLength]);
        }

        var slug = input.Slug?.Trim() ?? "";
        if (slug.Length == 0)
        {
            return null;
        }

        if (!NewsRules.IsValidSlug(slug))
        {
            return new Refusal(nameof(NewsInput.Slug), "网址标识只能由小写字母、数字和连字符（-）组成，不超过 {0} 个字符。", [NewsRules.MaxSlugLength]);
        }

        return await db.News.AnyAsync(n => n.Slug == slug && n.Id != id, cancellationToken)
            ? new Refusal(nameof(NewsInput.Slug), "该网址标识已被其他新闻使用。")
            : null;
    }

    private static Refusal? CheckSchedule(NewsIntent intent, DateTime? publishAtChina, DateTime now) =>
        intent != NewsIntent.Schedule ? null
        : publishAtChina is null ? new Refusal("PublishAt", "请填写定时发布的时间。")
        : ChinaTime.ToUtc(publishAtChina.Value) <= now ? new Refusal("PublishAt", "定时发布的时间必须晚于现在（北京时间）。")
        : null;

    private sealed record StoredCover(string Key, int Width, int Height);

    private async Task<(StoredCover?, Refusal?)> StoreCoverAsync(CoverUpload cover, CancellationToken cancellationToken)
    {
        var (file, rejection) = await files.SaveAsync(cover.Content, cover.FileName, FileKinds.Images, NewsRules.MaxCoverBytes, cancellationToken);
        if (file is null)
        {
            return (null, new Refusal("Cover", rejection!.Message, rejection.Args));
        }

        (int Width, int Height)? size;
        await using (var stream = files.Open(file.Key))
        {
            size = stream is null ? null : ImageInfo.TryRead(stream);
        }

        if (size is not { Width: > 0, Height: > 0 } s)
        {
            files.Delete(file.Key);
            return (null, new Refusal("Cover", "无法读取封面图片的尺寸，请换一张 JPEG、PNG 或 WebP 图片。"));
        }

        return (new StoredCover(file.Key, s.Width, s.Height), null);
    }
}
