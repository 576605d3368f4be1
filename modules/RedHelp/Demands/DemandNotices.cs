using Portal.Core.Enterprises;
using Portal.Core.Identity;
using Portal.Core.Notifications;
using Portal.Core.Security;
using Portal.Modules.RedHelp.Domain;

namespace Portal.Modules.RedHelp.Demands;

/// <summary>
/// Inbox + email at each step: the enterprise and the handler hear of every change they did not make
/// themselves (the enterprise never of an internal note); staff hear when a demand waits for dispatch
/// (new or returned) and when one is withdrawn before anyone took it. One notice per step and person.
/// </summary>
internal sealed class DemandNotices(IEnterpriseDirectory enterprises, IUserDirectory users, INotificationService notifications)
{
    public async Task StepAsync(Demand demand, DemandEvent step, CancellationToken cancellationToken = default)
    {
        var recipients = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!step.IsInternal && await enterprises.FindAsync(demand.EnterpriseId, cancellationToken) is { OwnerUserId: { } owner })
        {
            recipients[owner] = DemandUrls.ForEnterprise(demand.Id);
        }

        if (demand.HandlerUserId is { } handler)
        {
            recipients[handler] = DemandUrls.ForHelper(demand.Id);
        }

        var staffToo = (step.ToState == DemandState.Submitted && step.FromState != DemandState.Submitted)
            || (step.ToState == DemandState.Withdrawn && demand.HandlerUserId is null);
        if (staffToo)
        {
            foreach (var staff in await users.InRoleAsync(PortalRoles.Staff, cancellationToken))
            {
                recipients.TryAdd(staff.Id, DemandUrls.ForStaff(demand.Id));
            }
        }

        recipients.Remove(step.ActorUserId);
        var title = Title(demand, step);
        var body = step.Note.Length == 0 ? title : $"{title}\n\n{step.Note}";
        foreach (var (userId, link) in recipients)
        {
            await notifications.NotifyAsync(
                new Notice(userId, title, body, link, $"redhelp:demand:{demand.Id}:step:{step.Id}:{userId}"), cancellationToken);
        }
    }

    private static string Title(Demand demand, DemandEvent step) =>
        step.FromState == step.ToState
            ? $"需求「{demand.Title}」有新的办理进展"
            : $"需求「{demand.Title}」：{step.ToState.ChineseName()}";
}
