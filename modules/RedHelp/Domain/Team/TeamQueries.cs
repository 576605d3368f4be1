using Microsoft.EntityFrameworkCore;
using Portal.Core.Identity;
using Portal.Modules.RedHelp.Data;

namespace Portal.Modules.RedHelp.Domain.Team;

/// <summary>A unit of the team and how many active helpers it sends.</summary>
internal sealed record UnitSummary(int Id, string Name, UnitKind Kind, int Helpers);

/// <summary>A helper as shown to an enterprise or in a pick list.</summary>
internal sealed record HelperCard(string UserId, string Name, string UnitName, string Title, string OfficePhone, string? Email);

/// <summary>The read side of the team: units, helpers, and an enterprise's lead helper.</summary>
internal sealed class TeamQueries(RedHelpDbContext db, IUserDirectory users)
{
    public async Task<IReadOnlyList<UnitSummary>> UnitsAsync(CancellationToken cancellationToken = default) =>
        await db.Units.AsNoTracking()
            .OrderBy(u => u.Kind).ThenBy(u => u.SortOrder).ThenBy(u => u.Id)
            .Select(u => new UnitSummary(u.Id, u.Name, u.Kind, db.Helpers.Count(h => h.UnitId == u.Id && h.IsActive)))
            .ToListAsync(cancellationToken);

    /// <summary>Active helpers, by unit then name.</summary>
    public async Task<IReadOnlyList<HelperCard>> HelpersAsync(CancellationToken cancellationToken = default) =>
        await db.Helpers.AsNoTracking().Where(h => h.IsActive)
            .OrderBy(h => h.Unit!.SortOrder).ThenBy(h => h.UnitId).ThenBy(h => h.DisplayName)
            .Select(h => new HelperCard(h.UserId, h.DisplayName, h.Unit!.Name, h.Title, h.OfficePhone, null))
            .ToListAsync(cancellationToken);

    /// <summary>The enterprise's current lead helper with their e-mail, or null when it has none.</summary>
    public async Task<HelperCard?> LeadHelperAsync(int enterpriseId, CancellationToken cancellationToken = default)
    {
        var card = await db.Assignments.AsNoTracking()
            .Where(a => a.EnterpriseId == enterpriseId && a.EndedAt == null)
            .Join(db.Helpers, a => a.HelperUserId, h => h.UserId, (a, h) => new HelperCard(h.UserId, h.DisplayName, h.Unit!.Name, h.Title, h.OfficePhone, null))
            .FirstOrDefaultAsync(cancellationToken);
        if (card is null)
        {
            return null;
        }

        var user = (await users.FindAsync([card.UserId], cancellationToken)).GetValueOrDefault(card.UserId);
        return card with { Email = user?.Email };
    }

    /// <summary>Each given enterprise's current lead helper (user id and name); enterprises without one are absent.</summary>
    public async Task<IReadOnlyDictionary<int, (string UserId, string Name)>> CurrentHelpersAsync(
        IReadOnlyCollection<int> enterpriseIds, CancellationToken cancellationToken = default) =>
        (await db.Assignments.AsNoTracking()
            .Where(a => a.EndedAt == null && enterpriseIds.Contains(a.EnterpriseId))
            .Join(db.Helpers, a => a.HelperUserId, h => h.UserId, (a, h) => new { a.EnterpriseId, h.UserId, h.DisplayName })
            .ToListAsync(cancellationToken))
        .ToDictionary(x => x.EnterpriseId, x => (x.UserId, x.DisplayName));
}
