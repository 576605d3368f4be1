using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Core.Data;

namespace Portal.Core.Notifications;

internal sealed class NotificationService(
    CoreDbContext db, TimeProvider time, IOutboxSignal signal, IOptions<PortalOptions> portal) : INotificationService
{
    public async Task<bool> NotifyAsync(Notice notice, CancellationToken cancellationToken = default)
    {
        if (await db.InboxMessages.AnyAsync(m => m.DedupeKey == notice.DedupeKey, cancellationToken))
        {
            return false;
        }

        var now = time.GetUtcNow().UtcDateTime;
        db.InboxMessages.Add(new InboxMessage
        {
            UserId = notice.UserId,
            Title = notice.Title,
            Body = notice.Body,
            Link = notice.Link,
            DedupeKey = notice.DedupeKey,
            CreatedAt = now,
        });
        var email = notice.Email
            ? await db.Users.Where(u => u.Id == notice.UserId).Select(u => u.Email).FirstOrDefaultAsync(cancellationToken)
            : null;
        if (!string.IsNullOrEmpty(email))
        {
            db.OutboxEmails.Add(NewRow(new Email(email, notice.Title, MailBody(notice), notice.DedupeKey), now));
        }

        return await SaveOnceAsync(cancellationToken);
    }

    public async Task<bool> EnqueueEmailAsync(Email email, CancellationToken cancellationToken = default)
    {
        if (await db.OutboxEmails.AnyAsync(m => m.DedupeKey == email.DedupeKey, cancellationToken))
        {
            return false;
        }

        db.OutboxEmails.Add(NewRow(email, time.GetUtcNow().UtcDateTime));
        return await SaveOnceAsync(cancellationToken);
    }

    private static OutboxEmail NewRow(Email email, DateTime now) => new()
    {
        DedupeKey = email.DedupeKey,
        To = email.To,
        Subject = email.Subject,
        Body = email.Body,
        State = OutboxState.Pending,
        NextAttemptAt = now,
        CreatedAt = now,
    };

    private string MailBody(Notice notice) =>
        notice.Link is null ? notice.Body : $"{notice.Body}\n\n{portal.Value.AbsoluteUrl(notice.Link)}";

    /// <summary>A concurrent writer with the same key loses on the unique index: that is a duplicate, not an error.</summary>
    private async Task<bool> SaveOnceAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return false;
        }

        signal.OutboxChanged();
        return true;
    }
}
