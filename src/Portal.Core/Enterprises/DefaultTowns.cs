using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;

namespace Portal.Core.Enterprises;

/// <summary>
/// The towns, streets and parks of the district (镇街园区). Reference data, not demo data: every
/// installation needs them, because an enterprise cannot register without choosing one.
/// </summary>
public static class DefaultTowns
{
    public static readonly IReadOnlyList<(string Name, TownKind Kind)> All =
    [
        ("湖坊镇", TownKind.Town), ("塘山镇", TownKind.Town), ("京东镇", TownKind.Town), ("罗家镇", TownKind.Town),
        ("扬子洲镇", TownKind.Town), ("上海路街道", TownKind.Street), ("南钢街道", TownKind.Street),
        ("针纺服装产业园", TownKind.Park), ("昌东工业园", TownKind.Park),
    ];

    /// <summary>Adds the list to a database that has no towns yet; returns the towns in their order.</summary>
    public static async Task<List<Town>> EnsureAsync(CoreDbContext db, CancellationToken cancellationToken = default)
    {
        if (!await db.Towns.AnyAsync(cancellationToken))
        {
            db.Towns.AddRange(All.Select((t, i) => new Town { Name = t.Name, Kind = t.Kind, SortOrder = i + 1 }));
            await db.SaveChangesAsync(cancellationToken);
        }

        return await db.Towns.OrderBy(t => t.SortOrder).ThenBy(t => t.Id).ToListAsync(cancellationToken);
    }
}
