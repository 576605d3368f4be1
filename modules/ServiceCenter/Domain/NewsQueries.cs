using Microsoft.EntityFrameworkCore;
using Portal.Modules.ServiceCenter.Data;

namespace Portal.Modules.ServiceCenter.Domain;

/// <summary>One page of a list and the total it was cut from.</summary>
internal sealed record ListPage<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>A published article with its neighbours in publication order.</summary>
internal sealed record NewsReading(NewsArticle Article, NewsArticle? Older, NewsArticle? Newer);

/// <summary>The read side of news: only published articles are ever public.</summary>
internal sealed class NewsQueries(ServiceCenterDbContext db)
{
    public async Task<ListPage<NewsArticle>> PublishedAsync(NewsCategory? category, int page, CancellationToken cancellationToken = default)
    {
        var query = Published();
        if (category is { } c)
        {
            query = query.Where(n => n.Category == c);
        }

        return await PageAsync(query.OrderByDescending(n => n.PublishedAt).ThenByDescending(n => n.Id), page, NewsRules.PageSize, cancellationToken);
    }

    public async Task<NewsReading?> ReadAsync(string slug, CancellationToken cancellationToken = default)
    {
        var article = await Published().FirstOrDefaultAsync(n => n.Slug == slug, cancellationToken);
        if (article is null)
        {
            return null;
        }

        var at = article.PublishedAt;
        var older = await Published()
            .Where(n => n.PublishedAt < at || (n.PublishedAt == at && n.Id < article.Id))
            .OrderByDescending(n => n.PublishedAt).ThenByDescending(n => n.Id)
            .FirstOrDefaultAsync(cancellationToken);
        var newer = await Published()
            .Where(n => n.PublishedAt > at || (n.PublishedAt == at && n.Id > article.Id))
            .OrderBy(n => n.PublishedAt).ThenBy(n => n.Id)
            .FirstOrDefaultAsync(cancellationToken);
        return new NewsReading(article, older, newer);
    }

    public async Task<IReadOnlyList<NewsArticle>> LatestAsync(int count, CancellationToken cancellationToken = default) =>
        await Published().OrderByDescending(n => n.PublishedAt).ThenByDescending(n => n.Id).Take(count).ToListAsync(cancellationToken);

    /// <summary>Staff's list: every state, or one; newest change first.</summary>
    public async Task<ListPage<NewsArticle>> AllAsync(NewsState? state, int page, CancellationToken cancellationToken = default)
    {
        var query = db.News.AsNoTracking();
        if (state is { } s)
        {
            query = query.Where(n => n.State == s);
        }

        return await PageAsync(query.OrderByDescending(n => n.UpdatedAt).ThenByDescending(n => n.Id), page, 20, cancellationToken);
    }

    public async Task<IReadOnlyDictionary<NewsState, int>> CountsAsync(CancellationToken cancellationToken = default) =>
        await db.News.GroupBy(n => n.State).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);

    public Task<NewsArticle?> FindAsync(int id, CancellationToken cancellationToken = default) =>
        db.News.AsNoTracking().FirstOrDefaultAsync(n => n.Id == id, cancellationToken);

    private IQueryable<NewsArticle> Published() => db.News.AsNoTracking().Where(n => n.State == NewsState.Published);

    internal static async Task<ListPage<T>> PageAsync<T>(IQueryable<T> ordered, int page, int pageSize, CancellationToken cancellationToken)
    {
        var total = await ordered.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + pageSize - 1) / pageSize);
        page = Math.Clamp(page, 1, pageCount);
        var items = await ordered.Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return new ListPage<T>(items, total, page, pageSize);
    }
}
