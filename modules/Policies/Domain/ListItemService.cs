using Portal.Core;
using Portal.Modules.Policies.Data;

namespace Portal.Modules.Policies.Domain;

/// <summary>An item of a staff-kept list (resources, projects): its title names it in the audit trail.</summary>
internal interface IListItem : IStamped
{
    string Title { get; }
}

/// <summary>The editable fields of a list item, as the form and the Excel import give them.</summary>
internal interface IListItemInput<TItem>
{
    /// <summary>What is wrong with the fields, or null.</summary>
    Refusal? Check();

    TItem Create(DateTime now);

    void ApplyTo(TItem item);
}

/// <summary>
/// What the staff services of the lists share: create and edit an item, and any other change of one loaded item, each
/// written to the audit trail as <paramref name="kind"/>; changes are saved under the editor's stamp
/// (<see cref="StampedSave"/>), so a save over someone else's newer change is refused. <paramref name="noun"/> names
/// the item in the audit sentences (项目, 资源); <paramref name="notFound"/> answers an unknown id.
/// </summary>
internal abstract class ListItemService<TItem, TInput>(PoliciesDbContext db, PolicyAudit audit, TimeProvider time, string kind, string noun, string notFound)
    where TItem : class, IListItem
    where TInput : IListItemInput<TItem>
{
    protected PoliciesDbContext Db => db;

    protected PolicyAudit Audit => audit;

    protected TimeProvider Time => time;

    protected DateTime Now => time.GetUtcNow().UtcDateTime;

    /// <summary>The refusal for an id that names no item (deleted meanwhile, or never there).</summary>
    protected Refusal Missing => Refusal.Form(notFound);

    public async Task<(TItem? Item, Refusal? Refusal)> CreateAsync(TInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        if (input.Check() is { } refusal)
        {
            return (null, refusal);
        }

        var item = input.Create(Now);
        db.Add(item);
        await db.SaveChangesAsync(cancellationToken);
        audit.Record(actor, "create", kind, item.Id, CreatedNote(item));
        await db.SaveChangesAsync(cancellationToken);
        return (item, null);
    }

    public Task<Refusal?> UpdateAsync(int id, long token, TInput input, Actor actor, CancellationToken cancellationToken = default) =>
        input.Check() is { } refusal
            ? Task.FromResult<Refusal?>(refusal)
            : ChangeAsync(id, token, actor, "update", _ => null, item =>
            {
                var before = item.Title;
                input.ApplyTo(item);
                return before == item.Title ? $"修改{noun}“{item.Title}”" : $"修改{noun}“{before}”，标题改为“{item.Title}”";
            }, cancellationToken);

    /// <summary>The audit sentence of a new item.</summary>
    protected virtual string CreatedNote(TItem item) => $"新建{noun}“{item.Title}”";

    /// <summary>
    /// Loads the item; <paramref name="check"/> may refuse (nothing changes); otherwise <paramref name="apply"/> changes it
    /// and returns the audit sentence, recorded as <paramref name="action"/> and saved with the change under <paramref name="token"/>.
    /// </summary>
    protected async Task<Refusal?> ChangeAsync(
        int id, long token, Actor actor, string action, Func<TItem, Refusal?> check, Func<TItem, string> apply, CancellationToken cancellationToken)
    {
        if (await FindAsync(id, cancellationToken) is not { } item)
        {
            return Missing;
        }

        if (check(item) is { } refusal)
        {
            return refusal;
        }

        audit.Record(actor, action, kind, id, apply(item));
        return await StampedSave.SaveAsync(db, item, token, Now, cancellationToken);
    }

    protected async Task<TItem?> FindAsync(int id, CancellationToken cancellationToken) => await db.Set<TItem>().FindAsync([id], cancellationToken);
}
