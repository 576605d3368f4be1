using Microsoft.EntityFrameworkCore;
using Portal.Core;
using Portal.Modules.Policies.Data;

namespace Portal.Modules.Policies.Domain;

/// <summary>Staff changes to the 资源清单: create, edit, publish, take offline, delete; each one written to the audit trail with the change.</summary>
internal sealed class ResourceService(PoliciesDbContext db, PolicyAudit audit, TimeProvider time)
{
    public const string NotFound = "找不到该资源，可能已被删除。";

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    public async Task<(Resource? Resource, Refusal? Refusal)> CreateAsync(ResourceInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        if (input.Check() is { } refusal)
        {
            return (null, refusal);
        }

        var resource = input.Create(Now);
        db.Resources.Add(resource);
        await db.SaveChangesAsync(cancellationToken);
        audit.Record(actor, "create", PolicyAudit.ResourceKind, resource.Id, $"新建资源“{resource.Title}”");
        await db.SaveChangesAsync(cancellationToken);
        return (resource, null);
    }

    public async Task<Refusal?> UpdateAsync(int id, long token, ResourceInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        if (input.Check() is { } refusal)
        {
            return refusal;
        }

        if (await db.Resources.FirstOrDefaultAsync(r => r.Id == id, cancellationToken) is not { } resource)
        {
            return Refusal.Form(NotFound);
        }

        var before = resource.Title;
        input.ApplyTo(resource);
        audit.Record(actor, "update", PolicyAudit.ResourceKind, id, before == resource.Title ? $"修改资源“{resource.Title}”" : $"修改资源“{before}”，标题改为“{resource.Title}”");
        return await StampedSave.SaveAsync(db, resource, token, Now, cancellationToken);
    }

    /// <summary>Publishes (shown on /resources and to RedHelp) or takes the item offline.</summary>
    public async Task<Refusal?> SetPublishedAsync(int id, long token, bool published, Actor actor, CancellationToken cancellationToken = default)
    {
        if (await db.Resources.FirstOrDefaultAsync(r => r.Id == id, cancellationToken) is not { } resource)
        {
            return Refusal.Form(NotFound);
        }

        if (resource.Published == published)
        {
            return Refusal.Form(published ? "该资源已经发布。" : "该资源尚未发布。");
        }

        resource.Published = published;
        audit.Record(actor, published ? "publish" : "unpublish", PolicyAudit.ResourceKind, id, $"{(published ? "发布" : "下线")}资源“{resource.Title}”");
        return await StampedSave.SaveAsync(db, resource, token, Now, cancellationToken);
    }

    public async Task<Refusal?> DeleteAsync(int id, Actor actor, CancellationToken cancellationToken = default)
    {
        if (await db.Resources.FirstOrDefaultAsync(r => r.Id == id, cancellationToken) is not { } resource)
        {
            return Refusal.Form(NotFound);
        }

        db.Resources.Remove(resource);
        audit.Record(actor, "delete", PolicyAudit.ResourceKind, id, $"删除资源“{resource.Title}”（{resource.ProvidingUnit}）");
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }
}
