using Microsoft.EntityFrameworkCore;
using Portal.Core.Time;
using Portal.Modules.Expo.Data;
using Portal.Modules.Expo.Domain;

namespace Portal.Modules.Expo.Public;

/// <summary>What the public may read about expos: never a Draft.</summary>
internal sealed class PublicExpoQueries(ExpoDbContext db, TimeProvider time)
{
    public const int ArchivePageSize = 10;

    /// <summary>Published or closed for applications and not yet over, soonest first.</summary>
    public async Task<IReadOnlyList<ExpoSummary>> UpcomingAsync(CancellationToken cancellationToken)
    {
        var today = time.ChinaToday();
        return await Summaries(db.Expos.Where(e =>
                (e.State == ExpoState.Published || e.State == ExpoState.ClosedForApplications) && e.EndsOn >= today)
            .OrderBy(e => e.StartsOn).ThenBy(e => e.Slug))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Finished expos, newest first, <see cref="ArchivePageSize"/> a page.</summary>
    public async Task<ArchivePage> ArchiveAsync(int page, CancellationToken cancellationToken)
    {
        var finished = db.Expos.Where(e => e.State == ExpoState.Finished);
        var total = await finished.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + ArchivePageSize - 1) / ArchivePageSize);
        page = Math.Clamp(page, 1, pageCount);
        var items = await Summaries(finished
                .OrderByDescending(e => e.StartsOn).ThenBy(e => e.Slug)
                .Skip((page - 1) * ArchivePageSize).Take(ArchivePageSize))
            .ToListAsync(cancellationToken);
        return new ArchivePage(items, total, page, pageCount);
    }

    /// <summary>Expos a calendar subscriber sees: every one that is not a draft, in date order.</summary>
    public async Task<IReadOnlyList<ExpoSummary>> CalendarAsync(string? slug, CancellationToken cancellationToken)
    {
        var expos = db.Expos.Where(e => e.State != ExpoState.Draft);
        if (slug is not null)
        {
            expos = expos.Where(e => e.Slug == slug);
        }

        return await Summaries(expos.OrderBy(e => e.StartsOn).ThenBy(e => e.Slug)).ToListAsync(cancellationToken);
    }

    /// <summary>A listed expo with its hall, every booth of the hall with its status, and its exhibitors' enterprise ids.</summary>
    public async Task<ExpoDetails?> FindAsync(string slug, CancellationToken cancellationToken)
    {
        var expo = await db.Expos.AsNoTracking()
            .Include(e => e.Hall).ThenInclude(h => h!.Booths)
            .Include(e => e.OfferedBooths)
            .AsSplitQuery()
            .SingleOrDefaultAsync(e => e.Slug == slug && e.State != ExpoState.Draft, cancellationToken);
        if (expo?.Hall is null)
        {
            return null;
        }

        var holders = await db.Applications.AsNoTracking()
            .Where(a => a.ExpoId == expo.Id && (a.State == ApplicationState.Approved || a.State == ApplicationState.CheckedIn))
            .Select(a => new { a.EnterpriseId, a.BoothId })
            .ToListAsync(cancellationToken);
        var taken = holders.Where(h => h.BoothId is not null).Select(h => h.BoothId!.Value).ToHashSet();
        var offered = expo.OfferedBooths.Select(o => o.BoothId).ToHashSet();
        var booths = expo.Hall.Booths
            .OrderBy(b => b.Code, StringComparer.Ordinal)
            .Select(b => new BoothOnMap(b, StatusOf(b, offered, taken)))
            .ToList();
        var exhibitors = holders.Select(h => h.EnterpriseId).Distinct().ToList();
        return new ExpoDetails(expo, expo.Hall, booths, exhibitors);
    }

    internal static BoothStatus StatusOf(Booth booth, IReadOnlySet<int> offered, IReadOnlySet<int> taken) =>
        booth.IsBlocked || !offered.Contains(booth.Id) ? BoothStatus.Blocked
        : taken.Contains(booth.Id) ? BoothStatus.Taken
        : BoothStatus.Available;

    private static IQueryable<ExpoSummary> Summaries(IQueryable<ProductExpo> expos) =>
        expos.Select(e => new ExpoSummary(e.Slug, e.Title, e.StartsOn, e.EndsOn, e.Hall!.Name, e.State, e.OfferedBooths.Count));
}
