using Microsoft.EntityFrameworkCore;
using Portal.Modules.RedHelp.Data;

namespace Portal.Modules.RedHelp.Domain.RovingService;

/// <summary>A session with its sign-up count and the demands collected at it and resolved.</summary>
internal sealed record RovingSessionSummary(
    int Id, DateTime StartsAt, string Place, IReadOnlyList<string> Units, IReadOnlyList<string> Topics, int Capacity, int SignedUp,
    int Attended, int DemandsCollected, int DemandsResolved)
{
    public int SeatsLeft => Math.Max(0, Capacity - SignedUp);
}

/// <summary>A demand raised at a session.</summary>
internal sealed record SessionDemand(int Id, int EnterpriseId, string Title, DemandCategory Category, DemandState State);

/// <summary>The read side of the roving service.</summary>
internal sealed class RovingQueries(RedHelpDbContext db, TimeProvider time)
{
    public const int PageSize = 12;

    public static IReadOnlyList<string> Lines(string text) =>
        text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Sessions that have not started yet, soonest first.</summary>
    public async Task<IReadOnlyList<RovingSessionSummary>> UpcomingAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return await SummariesAsync(db.RovingSessions.Where(s => s.StartsAt >= now).OrderBy(s => s.StartsAt), cancellationToken);
    }

    /// <summary>Past sessions, newest first, one page.</summary>
    public async Task<(IReadOnlyList<RovingSessionSummary> Items, int Total)> PastAsync(int page, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var query = db.RovingSessions.Where(s => s.StartsAt < now);
        var total = await query.CountAsync(cancellationToken);
        var items = await SummariesAsync(query.OrderByDescending(s => s.StartsAt).Skip((Math.Max(page, 1) - 1) * PageSize).Take(PageSize), cancellationToken);
        return (items, total);
    }

    public async Task<RovingSessionSummary?> FindAsync(int id, CancellationToken cancellationToken = default) =>
        (await SummariesAsync(db.RovingSessions.Where(s => s.Id == id), cancellationToken)).FirstOrDefault();

    public Task<RovingSession?> SessionAsync(int id, CancellationToken cancellationToken = default) =>
        db.RovingSessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken);

    public async Task<IReadOnlyList<RovingSignup>> SignupsAsync(int sessionId, CancellationToken cancellationToken = default) =>
        await db.RovingSignups.AsNoTracking().Where(s => s.SessionId == sessionId).OrderBy(s => s.CreatedAt).ThenBy(s => s.Id).ToListAsync(cancellationToken);

    public Task<RovingSignup?> SignupOfAsync(int sessionId, int enterpriseId, CancellationToken cancellationToken = default) =>
        db.RovingSignups.AsNoTracking().FirstOrDefaultAsync(s => s.SessionId == sessionId && s.EnterpriseId == enterpriseId, cancellationToken);

    public async Task<IReadOnlyList<SessionDemand>> DemandsAsync(int sessionId, CancellationToken cancellationToken = default) =>
        await db.Demands.AsNoTracking().Where(d => d.RovingSessionId == sessionId).OrderBy(d => d.Id)
            .Select(d => new SessionDemand(d.Id, d.EnterpriseId, d.Title, d.Category, d.State)).ToListAsync(cancellationToken);

    public bool HasStarted(RovingSessionSummary session) => session.StartsAt <= time.GetUtcNow().UtcDateTime;

    private async Task<IReadOnlyList<RovingSessionSummary>> SummariesAsync(IQueryable<RovingSession> query, CancellationToken cancellationToken)
    {
        var rows = await query.AsNoTracking().Select(s => new
        {
            Session = s,
            SignedUp = db.RovingSignups.Count(x => x.SessionId == s.Id),
            Attended = db.RovingSignups.Count(x => x.SessionId == s.Id && x.Attended == true),
            Collected = db.Demands.Count(d => d.RovingSessionId == s.Id),
            Resolved = db.Demands.Count(d => d.RovingSessionId == s.Id && (d.State == DemandState.Resolved || d.State == DemandState.Closed)),
        }).ToListAsync(cancellationToken);
        return rows.Select(r => new RovingSessionSummary(
            r.Session.Id, r.Session.StartsAt, r.Session.Place, Lines(r.Session.Units), Lines(r.Session.Topics), r.Session.Capacity,
            r.SignedUp, r.Attended, r.Collected, r.Resolved)).ToList();
    }
}
