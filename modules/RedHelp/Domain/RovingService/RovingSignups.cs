using Microsoft.EntityFrameworkCore;
using Portal.Core;
using Portal.Core.Data;
using Portal.Core.Enterprises;
using Portal.Modules.RedHelp.Data;
using Portal.Modules.RedHelp.Demands;

namespace Portal.Modules.RedHelp.Domain.RovingService;

/// <summary>A sign-up: optionally a problem to raise at the session, which becomes a demand tagged with it.</summary>
internal sealed record SignupInput(string? Problem, DemandCategory? Category)
{
    public const int MaxProblem = DemandLimits.Description;

    public bool HasProblem => !string.IsNullOrWhiteSpace(Problem);
}

/// <summary>
/// Verified enterprises sign up for a session. The capacity holds under concurrent sign-ups: the check
/// and the insert run in a write transaction that first takes the session row's lock (SQLite: BEGIN
/// IMMEDIATE holds the database's write lock; PostgreSQL: the row lock of an UPDATE), so a second
/// sign-up counts only after the first has committed; the unique index refuses a second sign-up of one enterprise.
/// </summary>
internal sealed class RovingSignups(
    RedHelpDbContext db, RovingSessionService sessions, IEnterpriseDirectory enterprises, DemandViewers viewers, DemandService demands, TimeProvider time)
{
    public const string Full = "该场巡回服务名额已满。";
    public const string Already = "贵企业已报名该场巡回服务。";

    public async Task<Refusal?> SignUpAsync(int sessionId, string userId, SignupInput input, CancellationToken cancellationToken = default)
    {
        var enterprise = await enterprises.FindByOwnerAsync(userId, cancellationToken);
        if (enterprise is not { Verification: VerificationState.Verified })
        {
            return Refusal.Form("企业通过认证后才能报名巡回服务。");
        }

        if (input.HasProblem && (input.Problem!.Trim().Length > SignupInput.MaxProblem || input.Category is not { } c || !Enum.IsDefined(c)))
        {
            return input.Problem!.Trim().Length > SignupInput.MaxProblem
                ? new Refusal(nameof(input.Problem), "问题描述请控制在 {0} 字以内。", [SignupInput.MaxProblem])
                : new Refusal(nameof(input.Category), "请选择问题的类别。");
        }

        if (await ReserveAsync(sessionId, enterprise.Id, userId, input, cancellationToken) is { } refused)
        {
            return refused;
        }

        return input.HasProblem ? await RaiseAsync(sessionId, userId, input, cancellationToken) : null;
    }

    private async Task<Refusal?> ReserveAsync(int sessionId, int enterpriseId, string userId, SignupInput input, CancellationToken cancellationToken)
    {
        await using var transaction = await db.BeginWriteTransactionAsync(cancellationToken);
        await sessions.Lock(sessionId, cancellationToken);
        var session = await db.RovingSessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == sessionId, cancellationToken);
        if (session is null)
        {
            return Refusal.Form(RovingSessionService.NotFound);
        }

        if (session.StartsAt <= time.GetUtcNow().UtcDateTime)
        {
            return Refusal.Form("该场巡回服务已经开始或结束，不能再报名。");
        }

        if (await db.RovingSignups.AnyAsync(s => s.SessionId == sessionId && s.EnterpriseId == enterpriseId, cancellationToken))
        {
            return Refusal.Form(Already);
        }

        if (await db.RovingSignups.CountAsync(s => s.SessionId == sessionId, cancellationToken) >= session.Capacity)
        {
            return Refusal.Form(Full);
        }

        db.RovingSignups.Add(new RovingSignup
        {
            SessionId = sessionId, EnterpriseId = enterpriseId, UserId = userId, Problems = input.Problem?.Trim() ?? "",
            CreatedAt = time.GetUtcNow().UtcDateTime,
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The unique index: the same enterprise signed up in another tab at the same moment.
            db.ChangeTracker.Clear();
            return Refusal.Form(Already);
        }

        await transaction.CommitAsync(cancellationToken);
        return null;
    }

    /// <summary>The problem becomes a demand tagged with the session (企业点单 at the roving service).</summary>
    private async Task<Refusal?> RaiseAsync(int sessionId, string userId, SignupInput input, CancellationToken cancellationToken)
    {
        var viewer = await viewers.ForAsync(userId, staff: false, helper: false, enterprise: true, cancellationToken);
        var problem = input.Problem!.Trim();
        var title = problem.Length <= 30 ? problem : problem[..30] + "…";
        var (_, refusal) = await demands.SubmitAsync(viewer, new DemandInput(input.Category, title, problem, Urgency.Normal), sessionId, cancellationToken);
        return refusal;
    }
}
