using Portal.Core;
using Portal.Modules.Policies.Data;

namespace Portal.Modules.Policies.Domain;

/// <summary>Staff changes to the 资源清单: create and edit (<see cref="ListItemService{TItem, TInput}"/>), publish, take offline, delete; each one written to the audit trail with the change.</summary>
internal sealed class ResourceService(PoliciesDbContext db, PolicyAudit audit, TimeProvider time)
    : ListItemService<Resource, ResourceInput>(db, audit, time, PolicyAudit.ResourceKind, "资源", NotFound)
{
    public const string NotFound = "找不到该资源，可能已被删除。";

    /// <summary>Publishes (shown on /resources and to RedHelp) or takes the item offline.</summary>
    public Task<Refusal?> SetPublishedAsync(int id, long token, bool published, Actor actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(
            id, token, actor, published ? "publish" : "unpublish",
            resource => resource.Published == published ? Refusal.Form(published ? "该资源已经发布。" : "该资源尚未发布。") : null,
            resource =>
            {
                resource.Published = published;
                return $"{(published ? "发布" : "下线")}资源“{resource.Title}”";
            },
            cancellationToken);

    public async Task<Refusal?> DeleteAsync(int id, Actor actor, CancellationToken cancellationToken = default)
    {
        if (await FindAsync(id, cancellationToken) is not { } resource)
        {
            return Missing;
        }

        Db.Resources.Remove(resource);
        Audit.Record(actor, "delete", PolicyAudit.ResourceKind, id, $"删除资源“{resource.Title}”（{resource.ProvidingUnit}）");
        await Db.SaveChangesAsync(cancellationToken);
        return null;
    }
}
