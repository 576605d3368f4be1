using System.Security.Cryptography;
using Portal.Modules.Policies.Data;
using Portal.Modules.Policies.Domain;

namespace Portal.Modules.Policies.Admin;

/// <summary>
/// Imports the valid rows of a read sheet, all in one transaction with one audit entry: all of them or none.
/// Policies come in as drafts; resources and projects as their rows say.
/// </summary>
internal sealed class ListImporter(PoliciesDbContext db, PolicyAudit audit, TimeProvider time)
{
    public async Task<int> ImportAsync<T>(
        IReadOnlyList<ImportRow<T>> rows, Func<T, DateTime, object> create, string entityKind, string what, Actor actor, CancellationToken cancellationToken = default)
        where T : class
    {
        var valid = rows.Where(r => r.IsValid).ToList();
        if (valid.Count == 0)
        {
            return 0;
        }

        var now = time.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.AddRange(valid.Select(row => create(row.Input!, now)));
        audit.Record(actor, "import", entityKind, null, $"从 Excel 导入 {valid.Count} {what}");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return valid.Count;
    }
}

/// <summary>The policy import: the valid rows become drafts.</summary>
internal sealed class PolicyImporter(ListImporter importer)
{
    public Task<int> ImportAsync(IReadOnlyList<ImportRow<PolicyInput>> rows, Actor actor, CancellationToken cancellationToken = default) =>
        importer.ImportAsync(rows, NewDraft, PolicyAudit.PolicyKind, "条政策（草稿）", actor, cancellationToken);

    private static Policy NewDraft(PolicyInput input, DateTime now)
    {
        var policy = new Policy { State = PolicyState.Draft, CreatedAt = now, UpdatedAt = now, Slug = "p-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(5)) };
        input.ApplyTo(policy);
        return policy;
    }
}
