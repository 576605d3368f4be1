using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Enterprises;
using Portal.Core.Modules;
using Portal.Modules.RedHelp.Data;
using Portal.Modules.RedHelp.Domain;

namespace Portal.Modules.RedHelp.Demands;

/// <summary>
/// Who looks at demands and what they may see: staff see all; a helper the demands dispatched to them
/// and those of the enterprises they are lead helper of; an enterprise only its own.
/// </summary>
internal sealed record DemandViewer(string UserId, bool IsStaff, bool IsHelper, int? EnterpriseId, IReadOnlySet<int> HelperEnterpriseIds)
{
    public bool CanSee(Demand demand) =>
        IsStaff
        || (EnterpriseId is { } own && demand.EnterpriseId == own)
        || (IsHelper && (demand.HandlerUserId == UserId || HelperEnterpriseIds.Contains(demand.EnterpriseId)));

    /// <summary>The enterprise sees neither internal notes nor who inside the team wrote them.</summary>
    public bool SeesInternal(Demand demand) => IsStaff || (IsHelper && CanSee(demand) && demand.EnterpriseId != EnterpriseId);

    /// <summary>Narrows a query to what the viewer may see.</summary>
    public IQueryable<Demand> Visible(IQueryable<Demand> demands)
    {
        if (IsStaff)
        {
            return demands;
        }

        var own = EnterpriseId ?? -1;
        var mine = HelperEnterpriseIds.ToList();
        var userId = IsHelper ? UserId : "\0";
        return demands.Where(d => d.EnterpriseId == own || d.HandlerUserId == userId || mine.Contains(d.EnterpriseId));
    }
}

/// <summary>Builds a <see cref="DemandViewer"/> from the signed-in user's permission claims.</summary>
internal sealed class DemandViewers(RedHelpDbContext db, IEnterpriseDirectory enterprises)
{
    public async Task<DemandViewer> ForAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
        bool Has(string permission) => user.HasClaim(Permission.ClaimType, permission);
        return await ForAsync(userId, Has(RedHelpPermissions.Manage), Has(RedHelpPermissions.Work), Has(RedHelpPermissions.Order), cancellationToken);
    }

    public async Task<DemandViewer> ForAsync(string userId, bool staff, bool helper, bool enterprise, CancellationToken cancellationToken = default)
    {
        int? enterpriseId = null;
        if (enterprise && userId.Length > 0 && await enterprises.FindByOwnerAsync(userId, cancellationToken) is { } profile)
        {
            enterpriseId = profile.Id;
        }

        IReadOnlySet<int> mine = helper
            ? (await db.Assignments.AsNoTracking().Where(a => a.HelperUserId == userId && a.EndedAt == null)
                .Select(a => a.EnterpriseId).ToListAsync(cancellationToken)).ToHashSet()
            : new HashSet<int>();
        return new DemandViewer(userId, staff, helper, enterpriseId, mine);
    }
}
