using Microsoft.EntityFrameworkCore;
using Portal.Core.Enterprises;
using Portal.Modules.RedHelp.Data;

namespace Portal.Modules.RedHelp.Demands;

/// <summary>A proposed lead unit and handler; <see cref="Reason"/> is a localization key saying why.</summary>
internal sealed record RoutingProposal(int? LeadUnitId, string? HandlerUserId, string Reason);

/// <summary>
/// Chain-aware routing: the enterprise's own lead helper first; without one, a helper of the enterprise's
/// town or park, preferring the one who looks after most enterprises of the same chain segment; then any
/// helper who looks after that segment.
/// </summary>
internal sealed class DemandRouting(RedHelpDbContext db, IEnterpriseDirectory enterprises)
{
    public const string OwnHelper = "企业的联系帮办员";

    public const string TownHelper = "企业所在镇街园区的帮办员";

    public const string SegmentHelper = "联系同一产业链环节企业的帮办员";

    public const string Nobody = "暂无可推荐的帮办员，请手动选择";

    public async Task<RoutingProposal> ProposeAsync(int enterpriseId, CancellationToken cancellationToken = default)
    {
        var helpers = await db.Helpers.AsNoTracking().Where(h => h.IsActive)
            .Select(h => new { h.UserId, h.UnitId, h.Unit!.TownId }).ToListAsync(cancellationToken);
        var assignments = await db.Assignments.AsNoTracking().Where(a => a.EndedAt == null)
            .Select(a => new { a.EnterpriseId, a.HelperUserId }).ToListAsync(cancellationToken);

        var own = assignments.FirstOrDefault(a => a.EnterpriseId == enterpriseId);
        if (own is not null && helpers.FirstOrDefault(h => h.UserId == own.HelperUserId) is { } lead)
        {
            return new RoutingProposal(lead.UnitId, lead.UserId, OwnHelper);
        }

        var enterprise = await enterprises.FindAsync(enterpriseId, cancellationToken);
        if (enterprise is null)
        {
            return new RoutingProposal(null, null, Nobody);
        }

        var ledIds = assignments.Select(a => a.EnterpriseId).Distinct().ToList();
        var segmentOf = (await enterprises.ListAsync(ledIds, cancellationToken)).ToDictionary(e => e.Id, e => e.Segment);
        var sameSegment = assignments
            .Where(a => segmentOf.TryGetValue(a.EnterpriseId, out var s) && s == enterprise.Segment)
            .GroupBy(a => a.HelperUserId)
            .ToDictionary(g => g.Key, g => g.Count());
        int Score(string userId) => sameSegment.GetValueOrDefault(userId);

        var inTown = helpers.Where(h => h.TownId == enterprise.TownId)
            .OrderByDescending(h => Score(h.UserId)).ThenBy(h => h.UserId, StringComparer.Ordinal).FirstOrDefault();
        if (inTown is not null)
        {
            return new RoutingProposal(inTown.UnitId, inTown.UserId, TownHelper);
        }

        var bySegment = helpers.Where(h => Score(h.UserId) > 0)
            .OrderByDescending(h => Score(h.UserId)).ThenBy(h => h.UserId, StringComparer.Ordinal).FirstOrDefault();
        return bySegment is null
            ? new RoutingProposal(null, null, Nobody)
            : new RoutingProposal(bySegment.UnitId, bySegment.UserId, SegmentHelper);
    }
}
