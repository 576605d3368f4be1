using Microsoft.EntityFrameworkCore;
using Portal.Modules.RedHelp.Data;

namespace Portal.Modules.RedHelp.Demands;

internal sealed record UnitChoice(int Id, string Name);

internal sealed record HelperChoice(string UserId, string DisplayName, int UnitId, string UnitName);

/// <summary>The units and active helpers staff choose from when dispatching.</summary>
internal sealed class DispatchChoices(RedHelpDbContext db)
{
    public async Task<IReadOnlyList<UnitChoice>> UnitsAsync(CancellationToken cancellationToken = default) =>
        await db.Units.AsNoTracking().OrderBy(u => u.SortOrder).ThenBy(u => u.Id)
            .Select(u => new UnitChoice(u.Id, u.Name)).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<HelperChoice>> HelpersAsync(CancellationToken cancellationToken = default) =>
        await db.Helpers.AsNoTracking().Where(h => h.IsActive).OrderBy(h => h.Unit!.SortOrder).ThenBy(h => h.UnitId).ThenBy(h => h.DisplayName)
            .Select(h => new HelperChoice(h.UserId, h.DisplayName, h.UnitId, h.Unit!.Name)).ToListAsync(cancellationToken);
}
