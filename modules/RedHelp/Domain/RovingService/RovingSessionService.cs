using Microsoft.EntityFrameworkCore;
using Portal.Core;
using Portal.Core.Data;
using Portal.Core.Time;
using Portal.Modules.RedHelp.Data;

namespace Portal.Modules.RedHelp.Domain.RovingService;

/// <summary>Staff schedule roving-service sessions and record who attended.</summary>
internal sealed class RovingSessionService(RedHelpDbContext db, TimeProvider time)
{
    public const string NotFound = "找不到该场巡回服务。";

    public async Task<(int? Id, Refusal? Refusal)> CreateAsync(RovingSessionInput input, CancellationToken cancellationToken = default)
    {
        if (input.Check() is { } refusal)
        {
            return (null, refusal);
        }

        var session = new RovingSession { CreatedAt = time.GetUtcNow().UtcDateTime };
        Apply(session, input);
        db.RovingSessions.Add(session);
        await db.SaveChangesAsync(cancellationToken);
        return (session.Id, null);
    }

    public async Task<Refusal?> UpdateAsync(int id, RovingSessionInput input, CancellationToken cancellationToken = default)
    {
        if (input.Check() is { } refusal)
        {
            return refusal;
        }

        await using var transaction = await db.BeginWriteTransactionAsync(cancellationToken);
        if (await db.RovingSessions.FirstOrDefaultAsync(s => s.Id == id, cancellationToken) is not { } session)
        {
            return Refusal.Form(NotFound);
        }

        // Sign-ups lock the session row too (see RovingSignups), so this count cannot move under us.
        await Lock(id, cancellationToken);
        var signedUp = await db.RovingSignups.CountAsync(s => s.SessionId == id, cancellationToken);
        if (input.Capacity < signedUp)
        {
            return new Refusal(nameof(RovingSessionInput.Capacity), "已有 {0} 家企业报名，名额不能少于报名数。", [signedUp]);
        }

        Apply(session, input);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return null;
    }

    /// <summary>After the session has started: the given sign-ups attended, every other one did not.</summary>
    public async Task<Refusal?> RecordAttendanceAsync(int id, IReadOnlyCollection<int> attendedSignupIds, CancellationToken cancellationToken = default)
    {
        if (await db.RovingSessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken) is not { } session)
        {
            return Refusal.Form(NotFound);
        }

        if (session.StartsAt > time.GetUtcNow().UtcDateTime)
        {
            return Refusal.Form("巡回服务开始后才能登记到场情况。");
        }

        var signups = await db.RovingSignups.Where(s => s.SessionId == id).ToListAsync(cancellationToken);
        if (attendedSignupIds.Any(a => signups.All(s => s.Id != a)))
        {
            return Refusal.Form("到场名单中有不属于该场巡回服务的报名。");
        }

        foreach (var signup in signups)
        {
            signup.Attended = attendedSignupIds.Contains(signup.Id);
        }

        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>Takes the session row's write lock: PostgreSQL locks the row, SQLite already holds the database's write lock.</summary>
    internal Task Lock(int id, CancellationToken cancellationToken) =>
        db.RovingSessions.Where(s => s.Id == id).ExecuteUpdateAsync(u => u.SetProperty(s => s.Capacity, s => s.Capacity), cancellationToken);

    private static void Apply(RovingSession session, RovingSessionInput input)
    {
        session.StartsAt = ChinaTime.ToUtc(input.Date!.Value.ToDateTime(input.Time!.Value));
        session.Place = input.Place!.Trim();
        session.Units = RovingSessionInput.Normalize(input.Units);
        session.Topics = RovingSessionInput.Normalize(input.Topics);
        session.Capacity = input.Capacity!.Value;
    }
}
