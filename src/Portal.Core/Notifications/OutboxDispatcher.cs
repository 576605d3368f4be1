using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using MimeKit;
using Portal.Core.Data;

namespace Portal.Core.Notifications;

/// <summary>
/// Delivers the email outbox. Each row is claimed with a conditional update before it is sent, so
/// two dispatchers (a retry, a second instance) never send the same row; a failure is retried with
/// exponential back-off; a claim left by a crashed sender lapses and the row is tried again.
/// </summary>
public sealed class OutboxDispatcher(
    CoreDbContext db, IMailTransport transport, MailOptions options, TimeProvider time, ILogger<OutboxDispatcher> logger)
{
    public static readonly TimeSpan ClaimLease = TimeSpan.FromMinutes(5);

    /// <summary>Sends every due row; returns how many were sent.</summary>
    public async Task<int> DispatchAsync(CancellationToken cancellationToken = default)
    {
        var sent = 0;
        var now = time.GetUtcNow().UtcDateTime;
        var due = await db.OutboxEmails
            .Where(e => (e.State == OutboxState.Pending || e.State == OutboxState.Sending) && e.NextAttemptAt <= now)
            .OrderBy(e => e.Id)
            .Select(e => e.Id)
            .Take(200)
            .ToListAsync(cancellationToken);
        foreach (var id in due)
        {
            if (await TryClaimAsync(id, now, cancellationToken) && await SendAsync(id, cancellationToken))
            {
                sent++;
            }
        }

        return sent;
    }

    private async Task<bool> TryClaimAsync(long id, DateTime now, CancellationToken cancellationToken)
    {
        var claimed = await db.OutboxEmails
            .Where(e => e.Id == id && (e.State == OutboxState.Pending || e.State == OutboxState.Sending) && e.NextAttemptAt <= now)
            .ExecuteUpdateAsync(
                s => s.SetProperty(e => e.State, OutboxState.Sending)
                      .SetProperty(e => e.NextAttemptAt, now + ClaimLease),
                cancellationToken);
        return claimed == 1;
    }

    private async Task<bool> SendAsync(long id, CancellationToken cancellationToken)
    {
        var row = await db.OutboxEmails.AsNoTracking().SingleAsync(e => e.Id == id, cancellationToken);
        try
        {
            await transport.SendAsync(ToMime(row), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            await RecordFailureAsync(row, ex, cancellationToken);
            return false;
        }

        var at = time.GetUtcNow().UtcDateTime;
        await db.OutboxEmails.Where(e => e.Id == id).ExecuteUpdateAsync(
            s => s.SetProperty(e => e.State, OutboxState.Sent)
                  .SetProperty(e => e.SentAt, at)
                  .SetProperty(e => e.Attempts, row.Attempts + 1)
                  .SetProperty(e => e.LastError, (string?)null),
            cancellationToken);
        return true;
    }

    private async Task RecordFailureAsync(OutboxEmail row, Exception ex, CancellationToken cancellationToken)
    {
        var attempts = row.Attempts + 1;
        var state = attempts >= options.MaxAttempts ? OutboxState.Failed : OutboxState.Pending;
        var next = time.GetUtcNow().UtcDateTime + Backoff(attempts);
        var error = ex.Message.Length > 1000 ? ex.Message[..1000] : ex.Message;
        logger.LogWarning(ex, "Mail {Id} to {To} failed (attempt {Attempts})", row.Id, row.To, attempts);
        await db.OutboxEmails.Where(e => e.Id == row.Id).ExecuteUpdateAsync(
            s => s.SetProperty(e => e.State, state)
                  .SetProperty(e => e.Attempts, attempts)
                  .SetProperty(e => e.NextAttemptAt, next)
                  .SetProperty(e => e.LastError, error),
            cancellationToken);
    }

    /// <summary>30 s, 1 min, 2 min ... capped at 1 hour.</summary>
    public static TimeSpan Backoff(int attempts) =>
        TimeSpan.FromSeconds(Math.Min(3600, 30 * Math.Pow(2, Math.Max(0, attempts - 1))));

    private MimeMessage ToMime(OutboxEmail row)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(options.FromName, options.From));
        message.To.Add(MailboxAddress.Parse(row.To));
        message.Subject = row.Subject;
        message.Body = new TextPart("plain") { Text = row.Body };
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(row.DedupeKey)))[..32];
        message.MessageId = $"{hash}@portal.local";
        message.Date = new DateTimeOffset(row.CreatedAt, TimeSpan.Zero);
        return message;
    }
}
