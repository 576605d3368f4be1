using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;

namespace Portal.Core.Notifications;

/// <summary>Where an email stands: Pending (including retries), Sent or Failed, with the last error.</summary>
public sealed record EmailStatus(OutboxState State, int Attempts, string? LastError, DateTime? SentAt);

/// <summary>Lets a module report on the mail it queued, by the dedupe keys it chose.</summary>
public interface INotificationStatus
{
    Task<IReadOnlyDictionary<string, EmailStatus>> EmailStatusAsync(IReadOnlyCollection<string> dedupeKeys, CancellationToken cancellationToken = default);
}

internal sealed class NotificationStatus(CoreDbContext db) : INotificationStatus
{
    public async Task<IReadOnlyDictionary<string, EmailStatus>> EmailStatusAsync(
        IReadOnlyCollection<string> dedupeKeys, CancellationToken cancellationToken = default)
    {
        var result = new Dictionary<string, EmailStatus>();
        foreach (var chunk in dedupeKeys.Chunk(500))
        {
            var rows = await db.OutboxEmails.AsNoTracking().Where(e => chunk.Contains(e.DedupeKey))
                .Select(e => new { e.DedupeKey, e.State, e.Attempts, e.LastError, e.SentAt })
                .ToListAsync(cancellationToken);
            foreach (var row in rows)
            {
                result[row.DedupeKey] = new EmailStatus(row.State == OutboxState.Sending ? OutboxState.Pending : row.State, row.Attempts, row.LastError, row.SentAt);
            }
        }

        return result;
    }
}
