using Portal.Modules.Policies.Data;

namespace Portal.Modules.Policies.Domain;

/// <summary>Adds an audit row to the context; it is saved with the change it records.</summary>
internal sealed class PolicyAudit(PoliciesDbContext db, TimeProvider time)
{
    public const string PolicyKind = "policy";
    public const string ResourceKind = "resource";
    public const string ProjectKind = "project";

    public void Record(Actor actor, string action, string entityKind, int? entityId, string summary) =>
        db.Audit.Add(new AuditEntry
        {
            At = time.GetUtcNow().UtcDateTime,
            UserId = Cut(actor.UserId, 64),
            UserName = Cut(actor.UserName, 100),
            Action = action,
            EntityKind = entityKind,
            EntityId = entityId,
            Summary = Cut(summary, 500),
        });

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..max];
}
