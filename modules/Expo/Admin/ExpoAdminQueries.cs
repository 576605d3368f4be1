using Microsoft.EntityFrameworkCore;
using Portal.Modules.Expo.Data;
using Portal.Modules.Expo.Domain;
using Portal.Modules.Expo.Exhibitors;

namespace Portal.Modules.Expo.Admin;

/// <summary>One expo's figures for the staff dashboard.</summary>
internal sealed record ExpoFigureRow(
    ProductExpo Expo, IReadOnlyDictionary<ApplicationState, int> ByState, int Offered, int Taken, int Waitlist, int CheckedIn)
{
    public int Count(ApplicationState state) => ByState.GetValueOrDefault(state);
}

/// <summary>A booth staff may assign on approval, and who holds it now (null when free).</summary>
internal sealed record BoothOption(Booth Booth, int? HolderApplicationId);

/// <summary>What staff read: every expo (drafts too), review queues, one application with its booth options.</summary>
internal sealed class ExpoAdminQueries(ExpoDbContext db)
{
    public async Task<IReadOnlyList<ExpoFigureRow>> DashboardAsync(CancellationToken cancellationToken)
    {
        var expos = await db.Expos.AsNoTracking().Include(e => e.Hall)
            .OrderByDescending(e => e.State == ExpoState.Published).ThenByDescending(e => e.StartsOn)
            .ToListAsync(cancellationToken);
        var counts = await db.Applications.AsNoTracking()
            .GroupBy(a => new { a.ExpoId, a.State }).Select(g => new { g.Key.ExpoId, g.Key.State, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var offered = await db.OfferedBooths.AsNoTracking().GroupBy(o => o.ExpoId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        return expos.Select(e =>
        {
            var byState = counts.Where(c => c.ExpoId == e.Id).ToDictionary(c => c.State, c => c.Count);
            var taken = byState.GetValueOrDefault(ApplicationState.Approved) + byState.GetValueOrDefault(ApplicationState.CheckedIn);
            return new ExpoFigureRow(e, byState, offered.GetValueOrDefault(e.Id), taken,
                byState.GetValueOrDefault(ApplicationState.Waitlisted), byState.GetValueOrDefault(ApplicationState.CheckedIn));
        }).ToList();
    }

    public Task<ProductExpo?> ExpoAsync(string slug, CancellationToken cancellationToken) =>
        db.Expos.AsNoTracking().Include(e => e.Hall).FirstOrDefaultAsync(e => e.Slug == slug, cancellationToken);

    /// <summary>An expo's applications, oldest first (the order they are reviewed in), optionally of one state.</summary>
    public async Task<IReadOnlyList<ApplicationView>> QueueAsync(int expoId, ApplicationState? state, CancellationToken cancellationToken)
    {
        var query = db.Applications.Where(a => a.ExpoId == expoId);
        if (state is { } s)
        {
            query = query.Where(a => a.State == s);
        }

        var views = await ApplicationViews.LoadAsync(db, query, cancellationToken);
        return views.OrderBy(v => v.Application.CreatedAt).ThenBy(v => v.Application.Id).ToList();
    }

    /// <summary>An expo's exhibitors: approved and checked-in applications, by booth code.</summary>
    public async Task<IReadOnlyList<ApplicationView>> ExhibitorsAsync(int expoId, CancellationToken cancellationToken) =>
        (await ApplicationViews.LoadAsync(
            db, db.Applications.Where(a => a.ExpoId == expoId && (a.State == ApplicationState.Approved || a.State == ApplicationState.CheckedIn)), cancellationToken))
        .OrderBy(v => v.Booth?.Code, StringComparer.Ordinal).ThenBy(v => v.Application.Id).ToList();

    public async Task<ApplicationView?> ApplicationAsync(int id, CancellationToken cancellationToken) =>
        (await ApplicationViews.LoadAsync(db, db.Applications.Where(a => a.Id == id), cancellationToken)).SingleOrDefault();

    /// <summary>The expo's offered, unblocked booths with their current holder, by code.</summary>
    public async Task<IReadOnlyList<BoothOption>> BoothOptionsAsync(int expoId, CancellationToken cancellationToken)
    {
        var booths = await db.OfferedBooths.AsNoTracking().Where(o => o.ExpoId == expoId && !o.Booth!.IsBlocked)
            .Select(o => o.Booth!).ToListAsync(cancellationToken);
        var holders = await db.Applications.AsNoTracking()
            .Where(a => a.ExpoId == expoId && a.BoothId != null && (a.State == ApplicationState.Approved || a.State == ApplicationState.CheckedIn))
            .ToDictionaryAsync(a => a.BoothId!.Value, a => a.Id, cancellationToken);
        return booths.OrderBy(b => b.Code, StringComparer.Ordinal)
            .Select(b => new BoothOption(b, holders.TryGetValue(b.Id, out var holder) ? holder : null)).ToList();
    }

    /// <summary>Other pending applications of the expo that wished for <paramref name="boothIds"/>: approving one of those booths waitlists them.</summary>
    public async Task<IReadOnlyList<BoothApplication>> CompetitorsAsync(BoothApplication application, CancellationToken cancellationToken)
    {
        var wanted = application.Preferences.Select(p => p.BoothId).ToList();
        return await db.Applications.AsNoTracking().Include(a => a.Preferences)
            .Where(a => a.ExpoId == application.ExpoId && a.Id != application.Id && a.State == ApplicationState.Pending
                        && a.Preferences.Any(p => wanted.Contains(p.BoothId)))
            .OrderBy(a => a.CreatedAt).ToListAsync(cancellationToken);
    }

    /// <summary>The decisions taken on an application, newest first.</summary>
    public async Task<IReadOnlyList<ExpoAuditEntry>> AuditAsync(string subject, int subjectId, CancellationToken cancellationToken) =>
        await db.Audit.AsNoTracking().Where(a => a.Subject == subject && a.SubjectId == subjectId)
            .OrderByDescending(a => a.At).ThenByDescending(a => a.Id).ToListAsync(cancellationToken);
}
