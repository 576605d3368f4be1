using Microsoft.EntityFrameworkCore;
using Portal.Core;
using Portal.Core.Enterprises;
using Portal.Core.Notifications;
using Portal.Core.Time;
using Portal.Modules.ServiceCenter.Data;

namespace Portal.Modules.ServiceCenter.Domain;

/// <summary>What a verified enterprise asks for.</summary>
internal sealed record AppointmentRequest(int ServiceId, DateOnly PreferredFrom, DateOnly PreferredTo, string? Need);

/// <summary>Appointment requests and their handling by staff; the enterprise is notified at each step.</summary>
internal sealed class AppointmentService(
    ServiceCenterDbContext db, IEnterpriseDirectory enterprises, INotificationService notifications, TimeProvider time)
{
    public async Task<(Appointment? Appointment, Refusal? Refusal)> RequestAsync(
        string userId, AppointmentRequest request, CancellationToken cancellationToken = default)
    {
        var enterprise = await enterprises.FindByOwnerAsync(userId, cancellationToken);
        if (enterprise is not { Verification: VerificationState.Verified })
        {
            return (null, Refusal.Form("企业通过认证后才能预约服务。"));
        }

        if (await Check(request, cancellationToken) is { } refusal)
        {
            return (null, refusal);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var appointment = new Appointment
        {
            ServiceId = request.ServiceId,
            EnterpriseId = enterprise.Id,
            RequestedByUserId = userId,
            PreferredFrom = request.PreferredFrom,
            PreferredTo = request.PreferredTo,
            Need = request.Need!.Trim(),
            State = AppointmentState.Requested,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Appointments.Add(appointment);
        await db.SaveChangesAsync(cancellationToken);
        return (appointment, null);
    }

    private async Task<Refusal?> Check(AppointmentRequest request, CancellationToken cancellationToken)
    {
        var today = time.ChinaToday();
        if (!await db.Services.AnyAsync(s => s.Id == request.ServiceId && s.IsActive, cancellationToken))
        {
            return new Refusal(nameof(request.ServiceId), "请选择一项服务。");
        }

        if (request.PreferredFrom < today)
        {
            return new Refusal(nameof(request.PreferredFrom), "希望日期不能早于今天。");
        }

        if (request.PreferredTo < request.PreferredFrom)
        {
            return new Refusal(nameof(request.PreferredTo), "结束日期不能早于开始日期。");
        }

        if (request.PreferredTo > today.AddDays(AppointmentRules.MaxDaysAhead))
        {
            return new Refusal(nameof(request.PreferredTo), "只能预约 {0} 天以内的日期。", [AppointmentRules.MaxDaysAhead]);
        }

        var need = request.Need?.Trim() ?? "";
        if (need.Length == 0 || need.Length > AppointmentRules.MaxNeedLength)
        {
            return new Refusal(nameof(request.Need), "请说明需求（{0} 字以内）。", [AppointmentRules.MaxNeedLength]);
        }

        return null;
    }

    /// <summary>Staff fix the date and place; <paramref name="chinaLocal"/> is in Asia/Shanghai time.</summary>
    public Task<Refusal?> ScheduleAsync(int id, int version, DateTime chinaLocal, string? place, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(place) || place.Trim().Length > 200)
        {
            return Task.FromResult<Refusal?>(new Refusal("Place", "请填写服务地点（200 字以内）。"));
        }

        if (ChinaTime.ToUtc(chinaLocal) < time.GetUtcNow().UtcDateTime)
        {
            return Task.FromResult<Refusal?>(new Refusal("ScheduledAt", "安排的时间不能早于现在。"));
        }

        return MoveAsync(id, version, AppointmentState.Scheduled, a =>
        {
            a.ScheduledAt = ChinaTime.ToUtc(chinaLocal);
            a.Place = place.Trim();
            return null;
        }, notify: true, cancellationToken);
    }

    public Task<Refusal?> CompleteAsync(int id, int version, CancellationToken cancellationToken = default) =>
        MoveAsync(id, version, AppointmentState.Done, _ => null, notify: true, cancellationToken);

    /// <summary>Staff cancel a requested or scheduled appointment with a reason; the enterprise is told why.</summary>
    public Task<Refusal?> CancelAsync(int id, int version, string? reason, CancellationToken cancellationToken = default) =>
        CheckReason(reason) ?? MoveAsync(id, version, AppointmentState.Cancelled, a =>
        {
            a.CancelReason = reason!.Trim();
            return null;
        }, notify: true, cancellationToken);

    /// <summary>
    /// The enterprise withdraws its own request while it is still <see cref="AppointmentState.Requested"/>;
    /// once staff have scheduled it, the enterprise asks staff instead.
    /// </summary>
    public Task<Refusal?> WithdrawAsync(string userId, int id, int version, string? reason, CancellationToken cancellationToken = default) =>
        CheckReason(reason) ?? WithdrawCheckedAsync(userId, id, version, reason!.Trim(), cancellationToken);

    private async Task<Refusal?> WithdrawCheckedAsync(string userId, int id, int version, string reason, CancellationToken cancellationToken)
    {
        var enterprise = await enterprises.FindByOwnerAsync(userId, cancellationToken);
        return await MoveAsync(id, version, AppointmentState.Cancelled, a =>
        {
            if (enterprise is null || a.EnterpriseId != enterprise.Id)
            {
                return Refusal.Form("找不到该预约。");
            }

            if (a.State != AppointmentState.Requested)
            {
                return Refusal.Form("服务中心已经安排了该预约，如需取消请联系服务中心。");
            }

            a.CancelReason = reason;
            return null;
        }, notify: false, cancellationToken);
    }

    private static Task<Refusal?>? CheckReason(string? reason) =>
        string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > AppointmentRules.MaxReasonLength
            ? Task.FromResult<Refusal?>(new Refusal("Reason", "请填写取消的理由（{0} 字以内）。", [AppointmentRules.MaxReasonLength]))
            : null;

    /// <summary>
    /// Moves an appointment when <paramref name="version"/> is still its version: a form opened before
    /// another person's change is refused, never applied on top of it.
    /// </summary>
    private async Task<Refusal?> MoveAsync(
        int id, int version, AppointmentState to, Func<Appointment, Refusal?> change, bool notify, CancellationToken cancellationToken)
    {
        var appointment = await db.Appointments.Include(a => a.Service).FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (appointment is null)
        {
            return Refusal.Form("找不到该预约。");
        }

        if (change(appointment) is { } refused)
        {
            db.ChangeTracker.Clear();
            return refused;
        }

        if (appointment.Version != version)
        {
            db.ChangeTracker.Clear();
            return Refusal.Form(StaleMessage);
        }

        if (!AppointmentRules.CanMove(appointment.State, to))
        {
            db.ChangeTracker.Clear();
            return Refusal.Form("当前状态（{0}）不能执行此操作。", [appointment.State.ChineseName()]);
        }

        appointment.State = to;
        appointment.UpdatedAt = time.GetUtcNow().UtcDateTime;
        appointment.Version++;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Refusal.Form(StaleMessage);
        }

        if (notify)
        {
            await NotifyAsync(appointment, cancellationToken);
        }

        return null;
    }

    public const string StaleMessage = "该预约已被其他人修改，请刷新后再操作。";

    /// <summary>The enterprise's current owner hears of each step (the requester when the enterprise has no owner any more).</summary>
    private async Task NotifyAsync(Appointment a, CancellationToken cancellationToken)
    {
        var owner = (await enterprises.FindAsync(a.EnterpriseId, cancellationToken))?.OwnerUserId;
        var userId = string.IsNullOrEmpty(owner) ? a.RequestedByUserId : owner;
        if (string.IsNullOrEmpty(userId))
        {
            return;
        }

        var service = a.Service?.Name ?? "";
        var (title, body) = a.State switch
        {
            AppointmentState.Scheduled => ("服务预约已安排", $"您预约的「{service}」已安排在 {ChinaTime.Format(a.ScheduledAt!.Value)}（北京时间），地点：{a.Place}。"),
            AppointmentState.Done => ("服务已完成", $"您预约的「{service}」已完成，感谢使用服务中心的服务。"),
            _ => ("服务预约已取消", $"您预约的「{service}」已取消。理由：{a.CancelReason}"),
        };
        await notifications.NotifyAsync(
            new Notice(userId, title, body, "/my/appointments", $"center:appointment:{a.Id}:{a.Version}"), cancellationToken);
    }
}
