using Microsoft.EntityFrameworkCore;
using Portal.Core;
using Portal.Core.Data;
using Portal.Core.Enterprises;
using Portal.Modules.RedHelp.Data;

namespace Portal.Modules.RedHelp.Domain.Team;

/// <summary>Which enterprises a bulk assignment covers: verified ones in a town, of a segment, or both.</summary>
internal sealed record AssignmentScope(int? TownId, Segment? Segment)
{
    public bool IsEmpty => TownId is null && Segment is null;
}

/// <summary>The outcome of an assignment: how many enterprises changed helper, or why nothing was done.</summary>
internal sealed record AssignmentResult(int Changed, Refusal? Refusal = null)
{
    public static AssignmentResult Refused(string message, params object[] args) => new(0, Refusal.Form(message, args));
}

/// <summary>
/// Staff assign a lead helper to enterprises, one by one or in bulk. A change ends the current assignment
/// and starts a new one, so the rows are the history; the filtered unique index keeps one current row per enterprise.
/// </summary>
internal sealed class AssignmentService(RedHelpDbContext db, IEnterpriseDirectory enterprises, TimeProvider time)
{
    private const int EnterpriseQueriesPageSize = 100;

    public async Task<AssignmentResult> AssignAsync(int enterpriseId, string? helperUserId, string byUserId, CancellationToken cancellationToken = default)
    {
        var enterprise = await enterprises.FindAsync(enterpriseId, cancellationToken);
        if (enterprise is not { Verification: VerificationState.Verified })
        {
            return AssignmentResult.Refused("找不到这家已认证企业。");
        }

        return await AssignAllAsync([enterpriseId], helperUserId, byUserId, cancellationToken);
    }

    public async Task<AssignmentResult> AssignManyAsync(AssignmentScope scope, string? helperUserId, string byUserId, CancellationToken cancellationToken = default)
    {
        if (scope.IsEmpty)
        {
            return AssignmentResult.Refused("请选择镇街园区或行业，批量指派不能覆盖全部企业。");
        }

        var ids = new List<int>();
        for (var page = 1; ; page++)
        {
            var result = await enterprises.SearchAsync(
                new EnterpriseSearch(Segment: scope.Segment, TownId: scope.TownId, Page: page, PageSize: EnterpriseQueriesPageSize), cancellationToken);
            ids.AddRange(result.Items.Select(e => e.Id));
            if (page * EnterpriseQueriesPageSize >= result.Total)
            {
                break;
            }
        }

        return ids.Count == 0
            ? AssignmentResult.Refused("所选范围内没有已认证企业。")
            : await AssignAllAsync(ids, helperUserId, byUserId, cancellationToken);
    }

    private async Task<AssignmentResult> AssignAllAsync(IReadOnlyCollection<int> enterpriseIds, string? helperUserId, string byUserId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(helperUserId) || !await db.Helpers.AnyAsync(h => h.UserId == helperUserId && h.IsActive, cancellationToken))
        {
            return AssignmentResult.Refused("请选择一位在岗的帮办员。");
        }

        await using var transaction = await db.BeginWriteTransactionAsync(cancellationToken);
        var current = await db.Assignments.Where(a => a.EndedAt == null && enterpriseIds.Contains(a.EnterpriseId)).ToListAsync(cancellationToken);
        var unchanged = current.Where(a => a.HelperUserId == helperUserId).Select(a => a.EnterpriseId).ToHashSet();
        var changing = enterpriseIds.Where(id => !unchanged.Contains(id)).Distinct().ToList();
        if (changing.Count == 0)
        {
            return AssignmentResult.Refused("所选企业的联系帮办员已经是这位帮办员，没有变化。");
        }

        var now = time.GetUtcNow().UtcDateTime;
        foreach (var old in current.Where(a => a.HelperUserId != helperUserId))
        {
            old.EndedAt = now;
        }

        // End the old rows first: the unique index allows one current row per enterprise.
        await db.SaveChangesAsync(cancellationToken);
        db.Assignments.AddRange(changing.Select(id => new Assignment
        {
            EnterpriseId = id, HelperUserId = helperUserId, AssignedAt = now, AssignedByUserId = byUserId,
        }));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new AssignmentResult(changing.Count);
    }
}
