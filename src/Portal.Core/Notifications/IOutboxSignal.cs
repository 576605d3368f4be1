namespace Portal.Core.Notifications;

/// <summary>Told when new mail is queued, so the host can schedule delivery at once instead of waiting for the next sweep.</summary>
public interface IOutboxSignal
{
    void OutboxChanged();
}
