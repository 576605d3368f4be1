using Microsoft.EntityFrameworkCore;
using Portal.Core.Identity;
using Portal.Modules.RedHelp.Data;

namespace Portal.Modules.RedHelp.Domain.Team;

/// <summary>One change of lead helper: which enterprise, when, by whom, from which helper (null: none before) to which.</summary>
internal sealed record AssignmentChange(int EnterpriseId, DateTime At, string? ByName, string? FromHelper, string ToHelper);

/// <summary>Reads the assignment rows back as changes, newest first.</summary>
internal sealed class AssignmentHistory(RedHelpDbContext db, IUserDirectory users)
{
    public const int PageSize = 20;

    /// <summary>The latest changes, optionally of one enterprise; <paramref name="page"/> counts from 1.</summary>
    public async Task<(IReadOnlyList<AssignmentChange> Items, int Total)> ChangesAsync(int? enterpriseId, int page, CancellationToken cancellationToken = default)
    {
        var query = db.Assignments.AsNoTracking().Where(a => enterpriseId == null || a.EnterpriseId == enterpriseId);
        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderByDescending(a => a.AssignedAt).ThenByDescending(a => a.Id)
            .Skip((Math.Max(page, 1) - 1) * PageSize).Take(PageSize)
            .Select(a => new
            {
                a.EnterpriseId, a.AssignedAt, a.AssignedByUserId, a.HelperUserId,

                // The row this one replaced: same enterprise, ended when this one started.
                From = db.Assignments.Where(p => p.EnterpriseId == a.EnterpriseId && p.Id != a.Id && p.EndedAt == a.AssignedAt)
                    .OrderByDescending(p => p.Id).Select(p => p.HelperUserId).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        var helperIds = rows.Select(r => r.HelperUserId).Concat(rows.Where(r => r.From != null).Select(r => r.From!)).Distinct().ToList();
        var helpers = await db.Helpers.AsNoTracking().Where(h => helperIds.Contains(h.UserId)).ToDictionaryAsync(h => h.UserId, h => h.DisplayName, cancellationToken);
        var staff = await users.FindAsync(rows.Select(r => r.AssignedByUserId).Distinct().ToList(), cancellationToken);
        var items = rows.Select(r => new AssignmentChange(
            r.EnterpriseId, r.AssignedAt, staff.GetValueOrDefault(r.AssignedByUserId)?.DisplayName,
            r.From is null ? null : helpers.GetValueOrDefault(r.From, r.From), helpers.GetValueOrDefault(r.HelperUserId, r.HelperUserId))).ToList();
        return (items, total);
    }
}
