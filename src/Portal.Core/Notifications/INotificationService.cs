namespace Portal.Core.Notifications;

/// <summary>A notice for one user: an inbox message and, when <see cref="Email"/>, an email.</summary>
/// <param name="DedupeKey">Identifies the notice, for example "core:enterprise-verified:42". The same key is delivered once.</param>
public sealed record Notice(string UserId, string Title, string Body, string? Link, string DedupeKey, bool Email = true);

/// <summary>An email to an address that may have no account yet (confirmation, password reset).</summary>
public sealed record Email(string To, string Subject, string Body, string DedupeKey);

public interface INotificationService
{
    /// <summary>Writes the inbox message and the outbox row; false when the key was already used.</summary>
    Task<bool> NotifyAsync(Notice notice, CancellationToken cancellationToken = default);

    /// <summary>Queues an email only; false when the key was already used.</summary>
    Task<bool> EnqueueEmailAsync(Email email, CancellationToken cancellationToken = default);
}
