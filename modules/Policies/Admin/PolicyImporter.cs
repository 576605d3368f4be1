using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Policies.Data;
using Portal.Modules.Policies.Domain;

namespace Portal.Modules.Policies.Admin;

/// <summary>Imports the valid rows of a read sheet as drafts, all in one transaction: all of them or none.</summary>
internal sealed class PolicyImporter(PoliciesDbContext db, PolicyAudit audit, TimeProvider time)
{
    public async Task<int> ImportAsync(IReadOnlyList<ImportRow> rows, Actor actor, CancellationToken cancellationToken = default)
    {
        var valid = rows.Where(r => r.IsValid).ToList();
        if (valid.Count == 0)
        {
            return 0;
        }

        var now = time.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var row in valid)
        {
            var policy = new Policy { State = PolicyState.Draft, CreatedAt = now, UpdatedAt = now, Slug = "p-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(5)) };
            row.Input!.ApplyTo(policy);
            db.Policies.Add(policy);
        }

        audit.Record(actor, "import", PolicyAudit.PolicyKind, null, $"从 Excel 导入 {valid.Count} 条政策（草稿）");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return valid.Count;
    }
}
