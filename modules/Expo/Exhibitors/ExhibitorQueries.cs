using Microsoft.EntityFrameworkCore;
using Portal.Modules.Expo.Data;
using Portal.Modules.Expo.Domain;

namespace Portal.Modules.Expo.Exhibitors;

/// <summary>One of an enterprise's applications with its expo, the booth it holds or is offered, and the booths it wished for.</summary>
internal sealed record ApplicationView(BoothApplication Application, ProductExpo Expo, Booth? Booth, IReadOnlyList<string> PreferredCodes);

/// <summary>What an exhibiting enterprise reads about its own applications and the expos it may apply to.</summary>
internal sealed class ExhibitorQueries(ExpoDbContext db, TimeProvider time)
{
    public async Task<IReadOnlyList<ApplicationView>> ApplicationsAsync(int enterpriseId, CancellationToken cancellationToken) =>
        await ApplicationViews.LoadAsync(db, db.Applications.Where(a => a.EnterpriseId == enterpriseId), cancellationToken);

    /// <summary>One application of the enterprise; null when it is another enterprise's or does not exist.</summary>
    public async Task<ApplicationView?> ApplicationAsync(int id, int enterpriseId, CancellationToken cancellationToken) =>
        (await ApplicationViews.LoadAsync(db, db.Applications.Where(a => a.Id == id && a.EnterpriseId == enterpriseId), cancellationToken)).SingleOrDefault();

    /// <summary>A hall with every booth on its plan.</summary>
    public Task<ExpoHall?> HallAsync(int hallId, CancellationToken cancellationToken) =>
        db.Halls.AsNoTracking().Include(h => h.Booths).FirstOrDefaultAsync(h => h.Id == hallId, cancellationToken);

    /// <summary>Published expos whose application window is open now, soonest first.</summary>
    public async Task<IReadOnlyList<ProductExpo>> OpenForApplicationsAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return await db.Expos.AsNoTracking()
            .Where(e => e.State == ExpoState.Published && e.ApplicationsOpenAt <= now && e.ApplicationsCloseAt >= now)
            .OrderBy(e => e.StartsOn).ThenBy(e => e.Slug)
            .ToListAsync(cancellationToken);
    }
}

internal static class ApplicationViews
{
    /// <summary>The applications of <paramref name="query"/>, newest first, with their expos and booths.</summary>
    public static async Task<IReadOnlyList<ApplicationView>> LoadAsync(ExpoDbContext db, IQueryable<BoothApplication> query, CancellationToken cancellationToken)
    {
        var applications = await query.AsNoTracking().Include(a => a.Preferences)
            .OrderByDescending(a => a.CreatedAt).ThenByDescending(a => a.Id)
            .ToListAsync(cancellationToken);
        var expoIds = applications.Select(a => a.ExpoId).Distinct().ToList();
        var expos = await db.Expos.AsNoTracking().Include(e => e.Hall)
            .Where(e => expoIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, cancellationToken);
        var boothIds = applications.SelectMany(a => a.Preferences.Select(p => p.BoothId))
            .Concat(applications.Where(a => a.BoothId != null).Select(a => a.BoothId!.Value)).Distinct().ToList();
        var booths = await db.Booths.AsNoTracking().Where(b => boothIds.Contains(b.Id)).ToDictionaryAsync(b => b.Id, cancellationToken);
        return applications.Select(a => new ApplicationView(
                a,
                expos[a.ExpoId],
                a.BoothId is { } held ? booths.GetValueOrDefault(held) : null,
                a.Preferences.OrderBy(p => p.Rank).Select(p => booths.TryGetValue(p.BoothId, out var b) ? b.Code : "?").ToList()))
            .ToList();
    }
}
