using Microsoft.EntityFrameworkCore;
using Portal.Modules.Expo.Contracts;
using Portal.Modules.Expo.Data;

namespace Portal.Modules.Expo.Domain;

/// <summary>Implements the figure contract ServiceCenter reads: expos held (finished) and distinct exhibitors.</summary>
internal sealed class ExpoFiguresProvider(ExpoDbContext db) : IExpoFigures
{
    public async Task<ExpoFigures> GetFiguresAsync(CancellationToken cancellationToken = default)
    {
        var held = await db.Expos.CountAsync(e => e.State == ExpoState.Finished, cancellationToken);
        var exhibitors = await db.Applications
            .Where(a => (a.State == ApplicationState.Approved || a.State == ApplicationState.CheckedIn)
                        && db.Expos.Any(e => e.Id == a.ExpoId && e.State == ExpoState.Finished))
            .Select(a => a.EnterpriseId).Distinct().CountAsync(cancellationToken);
        return new ExpoFigures(held, exhibitors);
    }

    public async Task<IReadOnlyList<ExhibitedExpo>> ExposOfEnterpriseAsync(int enterpriseId, CancellationToken cancellationToken = default)
    {
        var expos = await db.Applications
            .Where(a => a.EnterpriseId == enterpriseId && (a.State == ApplicationState.Approved || a.State == ApplicationState.CheckedIn))
            .Join(db.Expos.Where(e => e.State != ExpoState.Draft), a => a.ExpoId, e => e.Id, (a, e) => e)
            .Distinct()
            .OrderByDescending(e => e.StartsOn)
            .Select(e => new { e.Title, e.Slug, e.StartsOn, e.EndsOn })
            .ToListAsync(cancellationToken);
        return expos.Select(e => new ExhibitedExpo(e.Title, $"/expo/{e.Slug}", e.StartsOn, e.EndsOn)).ToList();
    }
}
