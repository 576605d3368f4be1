using Microsoft.EntityFrameworkCore;
using Portal.Modules.ServiceCenter.Data;
using Portal.Modules.ServiceCenter.Domain;

namespace Portal.Modules.ServiceCenter.Jobs;

/// <summary>Recurring job "ServiceCenter:publish-news": publishes scheduled articles whose time has come.</summary>
public sealed class NewsPublisher
{
    public const string JobId = "ServiceCenter:publish-news";

    private readonly ServiceCenterDbContext db;
    private readonly TimeProvider time;

    internal NewsPublisher(ServiceCenterDbContext db, TimeProvider time)
    {
        this.db = db;
        this.time = time;
    }

    /// <summary>Returns how many articles were published. Safe to run twice: a published article is not touched again.</summary>
    public async Task<int> PublishDueAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var due = await db.News.Where(n => n.State == NewsState.Scheduled && n.PublishAt <= now).ToListAsync(cancellationToken);
        foreach (var article in due)
        {
            article.State = NewsState.Published;
            article.PublishedAt = article.PublishAt;
            article.UpdatedAt = now;
        }

        await db.SaveChangesAsync(cancellationToken);
        return due.Count;
    }
}
