using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Portal.Core;
using Portal.Core.Enterprises;
using Portal.Core.Notifications;
using Portal.Modules.Expo.Data;

namespace Portal.Modules.Expo.Domain;

/// <summary>What a verified enterprise applies with.</summary>
internal sealed record BoothApplicationInput(int ExpoId, IReadOnlyList<int> PreferredBoothIds, string? Products, string? Note);

/// <summary>
/// Booth applications from submission to check-in. The rule "one holder per booth and expo" is the
/// database's (a filtered unique index); this service turns a lost race into a clear refusal.
/// </summary>
internal sealed class BoothApplicationService(
    ExpoDbContext db, IEnterpriseDirectory enterprises, INotificationService notifications, TimeProvider time)
{
    public async Task<(BoothApplication? Application, Refusal? Refusal)> ApplyAsync(
        string userId, BoothApplicationInput input, CancellationToken cancellationToken = default)
    {
        var enterprise = await enterprises.FindByOwnerAsync(userId, cancellationToken);
        if (enterprise is not { Verification: VerificationState.Verified })
        {
            return (null, Refusal.Form("企业通过认证后才能申请展位。"));
        }

        var expo = await db.Expos.Include(e => e.OfferedBooths).ThenInclude(o => o.Booth)
            .FirstOrDefaultAsync(e => e.Id == input.ExpoId, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        if (expo is null || !expo.IsOpenForApplications(now))
        {
            return (null, Refusal.Form("该展销会当前不在报名时间内。"));
        }

        var wanted = input.PreferredBoothIds.Distinct().ToList();
        var most = ApplicationRules.MaxPreferencesFor(expo.BoothCap);
        if (wanted.Count == 0 || wanted.Count > most)
        {
            return (null, new Refusal("PreferredBoothIds", "请在展位图上选择 1 至 {0} 个意向展位。", [most]));
        }

        var offered = expo.OfferedBooths.Where(o => o.Booth is { IsBlocked: false }).Select(o => o.BoothId).ToHashSet();
        if (wanted.Any(id => !offered.Contains(id)))
        {
            return (null, new Refusal("PreferredBoothIds", "所选展位不属于本届展销会或暂不可用。"));
        }

        var active = await db.Applications.CountAsync(
            a => a.ExpoId == expo.Id && a.EnterpriseId == enterprise.Id
                 && (a.State == ApplicationState.Pending || a.State == ApplicationState.Waitlisted
                     || a.State == ApplicationState.Approved || a.State == ApplicationState.CheckedIn),
            cancellationToken);
        if (active >= expo.BoothCap)
        {
            return (null, Refusal.Form("每家企业在本届展销会最多可申请 {0} 个展位。", [expo.BoothCap]));
        }

        var products = input.Products?.Trim() ?? "";
        var note = input.Note?.Trim() ?? "";
        if (products.Length is 0 or > 1000 || note.Length > 1000)
        {
            return (null, new Refusal("Products", "请填写参展产品（1000 字以内），备注不超过 1000 字。"));
        }

        var application = new BoothApplication
        {
            ExpoId = expo.Id,
            EnterpriseId = enterprise.Id,
            ApplicantUserId = userId,
            Preferences = wanted.Select((id, rank) => new BoothPreference { BoothId = id, Rank = rank + 1 }).ToList(),
            Products = products,
            Note = note,
            State = ApplicationState.Pending,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Applications.Add(application);
        await db.SaveChangesAsync(cancellationToken);
        return (application, null);
    }

    /// <summary>
    /// Approves with a booth. Other pending applications that wished for the same booth are waitlisted
    /// in the same step. A concurrent approval of the same booth loses on the unique index.
    /// </summary>
    public async Task<Refusal?> ApproveAsync(int applicationId, int boothId, string staffUserId, CancellationToken cancellationToken = default)
    {
        var application = await db.Applications.Include(a => a.Preferences).FirstOrDefaultAsync(a => a.Id == applicationId, cancellationToken);
        if (application is null || !ApplicationRules.CanMove(application.State, ApplicationState.Approved))
        {
            return Refusal.Form("该申请当前不能确认，可能已被其他工作人员处理。");
        }

        var code = await db.OfferedBooths.Where(o => o.ExpoId == application.ExpoId && o.BoothId == boothId && !o.Booth!.IsBlocked)
            .Select(o => o.Booth!.Code).FirstOrDefaultAsync(cancellationToken);
        if (code is null)
        {
            return new Refusal("BoothId", "该展位不属于本届展销会或暂不可用。");
        }

        var now = time.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        application.State = ApplicationState.Approved;
        application.BoothId = boothId;
        application.OfferExpiresAt = null;
        application.CheckInCode = NewCheckInCode();
        Touch(application, now);
        var others = await db.Applications
            .Where(a => a.ExpoId == application.ExpoId && a.Id != application.Id && a.State == ApplicationState.Pending
                        && a.Preferences.Any(p => p.BoothId == boothId))
            .ToListAsync(cancellationToken);
        foreach (var other in others)
        {
            other.State = ApplicationState.Waitlisted;
            Touch(other, now);
        }

        Audit(application, "approve", staffUserId, $"展位 {code}", now);
        if (!await TrySaveAsync(cancellationToken))
        {
            return Refusal.Form("该展位刚刚已分配给其他企业，请选择其他展位。");
        }

        await transaction.CommitAsync(cancellationToken);
        await NotifyAsync(application, cancellationToken);
        foreach (var other in others)
        {
            await NotifyAsync(other, cancellationToken);
        }

        return null;
    }

    public Task<Refusal?> RejectAsync(int applicationId, string? reason, string staffUserId, CancellationToken cancellationToken = default) =>
        string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > 500
            ? Task.FromResult<Refusal?>(new Refusal("Reason", "请填写理由（500 字以内）。"))
            : MoveAsync(applicationId, ApplicationState.Rejected, staffUserId, "reject", a => a.Reason = reason.Trim(), cancellationToken);

    public Task<Refusal?> WaitlistAsync(int applicationId, string staffUserId, CancellationToken cancellationToken = default) =>
        MoveAsync(applicationId, ApplicationState.Waitlisted, staffUserId, "waitlist", _ => { }, cancellationToken);

    /// <summary>The enterprise cancels its own application (no reason needed) or staff cancel with a reason; a freed booth is offered on.</summary>
    public async Task<Refusal?> CancelAsync(
        int applicationId, string actorUserId, bool byStaff, string? reason, CancellationToken cancellationToken = default)
    {
        var application = await db.Applications.FindAsync([applicationId], cancellationToken);
        if (application is null || (!byStaff && application.ApplicantUserId != actorUserId))
        {
            return Refusal.Form("找不到该申请。");
        }

        if (byStaff && (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > 500))
        {
            return new Refusal("Reason", "请填写理由（500 字以内）。");
        }

        var freedBooth = application.State == ApplicationState.Approved ? application.BoothId : null;
        var refusal = await MoveAsync(applicationId, ApplicationState.Cancelled, actorUserId, byStaff ? "cancel-by-staff" : "cancel",
            a => a.Reason = byStaff ? reason!.Trim() : reason?.Trim(), cancellationToken);
        if (refusal is null && freedBooth is { } booth)
        {
            await OfferToWaitlistAsync(application.ExpoId, booth, cancellationToken);
        }

        return refusal;
    }

    /// <summary>Offers a freed booth to the first waitlisted applicant without an open offer; they have 48 hours.</summary>
    public async Task<BoothApplication?> OfferToWaitlistAsync(int expoId, int boothId, CancellationToken cancellationToken = default)
    {
        var next = await db.Applications
            .Where(a => a.ExpoId == expoId && a.State == ApplicationState.Waitlisted && a.OfferExpiresAt == null)
            .OrderBy(a => a.Preferences.Any(p => p.BoothId == boothId) ? 0 : 1).ThenBy(a => a.CreatedAt).ThenBy(a => a.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (next is null)
        {
            return null;
        }

        var now = time.GetUtcNow().UtcDateTime;
        next.BoothId = boothId;
        next.OfferExpiresAt = now + ApplicationRules.OfferWindow;
        Touch(next, now);
        await db.SaveChangesAsync(cancellationToken);
        await NotifyAsync(next, cancellationToken);
        return next;
    }

    /// <summary>The waitlisted applicant accepts the booth offered to them before the offer lapses.</summary>
    public async Task<Refusal?> AcceptOfferAsync(int applicationId, string userId, CancellationToken cancellationToken = default)
    {
        var application = await db.Applications.FindAsync([applicationId], cancellationToken);
        if (application is not { State: ApplicationState.Waitlisted, OfferExpiresAt: not null, BoothId: not null } || application.ApplicantUserId != userId)
        {
            return Refusal.Form("没有可以接受的候补展位。");
        }

        if (application.OfferExpiresAt < time.GetUtcNow().UtcDateTime)
        {
            return Refusal.Form("候补展位的确认期限已过。");
        }

        return await ApproveAsync(applicationId, application.BoothId.Value, userId, cancellationToken);
    }

    /// <summary>Job: offers not accepted in 48 hours lapse (the applicant leaves the waitlist) and the booth goes to the next one.</summary>
    public async Task<int> ExpireOffersAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var lapsed = await db.Applications
            .Where(a => a.State == ApplicationState.Waitlisted && a.OfferExpiresAt != null && a.OfferExpiresAt < now)
            .ToListAsync(cancellationToken);
        foreach (var application in lapsed)
        {
            var booth = application.BoothId!.Value;
            application.State = ApplicationState.Cancelled;
            application.Reason = "候补展位未在 48 小时内确认，已自动放弃。";
            application.OfferExpiresAt = null;
            Touch(application, now);
            Audit(application, "offer-expired", "system", $"booth {booth}", now);
            await db.SaveChangesAsync(cancellationToken);
            await NotifyAsync(application, cancellationToken);
            await OfferToWaitlistAsync(application.ExpoId, booth, cancellationToken);
        }

        return lapsed.Count;
    }

    /// <summary>Checks an exhibitor in by the code on the confirmation; a second scan says when it was used.</summary>
    public async Task<(BoothApplication? Application, Refusal? Refusal)> CheckInAsync(string? code, string staffUserId, CancellationToken cancellationToken = default)
    {
        code = code?.Trim().ToUpperInvariant();
        var application = string.IsNullOrEmpty(code) ? null : await db.Applications.FirstOrDefaultAsync(a => a.CheckInCode == code, cancellationToken);
        if (application is null)
        {
            return (null, Refusal.Form("签到码无效。"));
        }

        if (application.State == ApplicationState.CheckedIn)
        {
            return (application, Refusal.Form("该签到码已于 {0} 使用过。", [Portal.Core.Time.ChinaTime.Format(application.CheckedInAt!.Value)]));
        }

        var refusal = await MoveAsync(application.Id, ApplicationState.CheckedIn, staffUserId, "check-in",
            a => a.CheckedInAt = time.GetUtcNow().UtcDateTime, cancellationToken);
        return (application, refusal);
    }

    private async Task<Refusal?> MoveAsync(
        int applicationId, ApplicationState to, string actorUserId, string action, Action<BoothApplication> change, CancellationToken cancellationToken)
    {
        var application = await db.Applications.FindAsync([applicationId], cancellationToken);
        if (application is null || !ApplicationRules.CanMove(application.State, to))
        {
            return Refusal.Form("该申请当前不能执行此操作，可能已被其他人处理。");
        }

        var now = time.GetUtcNow().UtcDateTime;
        change(application);
        application.State = to;
        application.OfferExpiresAt = null;
        Touch(application, now);
        Audit(application, action, actorUserId, application.Reason ?? "", now);
        if (!await TrySaveAsync(cancellationToken))
        {
            return Refusal.Form("该申请已被其他人处理，请刷新后查看。");
        }

        await NotifyAsync(application, cancellationToken);
        return null;
    }

    private async Task<bool> TrySaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }

    private static void Touch(BoothApplication application, DateTime now)
    {
        application.UpdatedAt = now;
        application.Version++;
    }

    private void Audit(BoothApplication application, string action, string actor, string note, DateTime now) =>
        db.Audit.Add(new ExpoAuditEntry
        {
            ExpoId = application.ExpoId,
            Subject = "application",
            SubjectId = application.Id,
            Action = action,
            ActorUserId = actor,
            Note = note.Length > 500 ? note[..500] : note,
            At = now,
        });

    private Task NotifyAsync(BoothApplication application, CancellationToken cancellationToken)
    {
        var (title, body) = application switch
        {
            { State: ApplicationState.Approved } => ("展位申请已确认", "您的展位申请已确认，请查看确认函并下载签到码。"),
            { State: ApplicationState.Waitlisted, OfferExpiresAt: { } until } =>
                ("候补展位待您确认", $"有展位空出，已为您保留至 {Portal.Core.Time.ChinaTime.Format(until)}，请及时确认。"),
            { State: ApplicationState.Waitlisted } => ("展位申请已列入候补", "您意向的展位已分配，您的申请已列入候补名单。"),
            { State: ApplicationState.Rejected } => ("展位申请未通过", $"您的展位申请未通过。理由：{application.Reason}"),
            { State: ApplicationState.Cancelled } => ("展位申请已取消", $"您的展位申请已取消。{application.Reason}"),
            _ => ("展位申请状态更新", "您的展位申请状态已更新。"),
        };
        return notifications.NotifyAsync(
            new Notice(application.ApplicantUserId, title, body, $"/my/expo/applications/{application.Id}",
                $"expo:application:{application.Id}:{application.Version}"),
            cancellationToken);
    }

    /// <summary>10 characters from an alphabet without look-alikes: about 50 bits, random, never the id.</summary>
    private static string NewCheckInCode() => RandomNumberGenerator.GetString("ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 10);
}
