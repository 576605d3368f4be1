using Microsoft.EntityFrameworkCore;
using Portal.Core;
using Portal.Core.Data;
using Portal.Core.Enterprises;
using Portal.Core.Notifications;
using Portal.Core.Time;
using Portal.Modules.Expo.Data;

namespace Portal.Modules.Expo.Domain;

internal sealed record SpaceBookingInput(int SpaceId, DateOnly StartsOn, DateOnly EndsOn, string? Purpose);

/// <summary>
/// Exhibition-space bookings. Two approved bookings of one space never overlap: the overlap check and
/// the approval happen in one write transaction (BEGIN IMMEDIATE on SQLite), and on PostgreSQL an
/// exclusion constraint refuses an overlapping approved row as well.
/// </summary>
internal sealed class SpaceBookingService(
    ExpoDbContext db, IEnterpriseDirectory enterprises, INotificationService notifications, TimeProvider time)
{
    public async Task<(SpaceBooking? Booking, Refusal? Refusal)> RequestAsync(
        string userId, SpaceBookingInput input, CancellationToken cancellationToken = default)
    {
        var enterprise = await enterprises.FindByOwnerAsync(userId, cancellationToken);
        if (enterprise is not { Verification: VerificationState.Verified })
        {
            return (null, Refusal.Form("企业通过认证后才能预订展示空间。"));
        }

        var space = await db.Spaces.FirstOrDefaultAsync(s => s.Id == input.SpaceId && s.IsActive, cancellationToken);
        if (space is null)
        {
            return (null, new Refusal("SpaceId", "请选择一个展示空间。"));
        }

        if (Check(space, input) is { } refusal)
        {
            return (null, refusal);
        }

        if (await OverlapsApprovedAsync(space.Id, input.StartsOn, input.EndsOn, null, cancellationToken))
        {
            return (null, new Refusal("StartsOn", "所选日期已被预订，请查看空闲日历另选日期。"));
        }

        var now = time.GetUtcNow().UtcDateTime;
        var booking = new SpaceBooking
        {
            SpaceId = space.Id,
            EnterpriseId = enterprise.Id,
            RequestedByUserId = userId,
            StartsOn = input.StartsOn,
            EndsOn = input.EndsOn,
            Purpose = input.Purpose!.Trim(),
            State = BookingState.Requested,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Bookings.Add(booking);
        await db.SaveChangesAsync(cancellationToken);
        await NotifyAsync(booking, cancellationToken);
        return (booking, null);
    }

    private Refusal? Check(ExhibitionSpace space, SpaceBookingInput input)
    {
        var today = time.ChinaToday();
        if (input.EndsOn < input.StartsOn)
        {
            return new Refusal("EndsOn", "结束日期不能早于开始日期。");
        }

        if (input.StartsOn < today.AddDays(space.LeadDays))
        {
            return new Refusal("StartsOn", "需至少提前 {0} 天预订。", [space.LeadDays]);
        }

        var days = input.EndsOn.DayNumber - input.StartsOn.DayNumber + 1;
        if (days < space.MinDays || days > space.MaxDays)
        {
            return new Refusal("EndsOn", "预订天数应在 {0} 到 {1} 天之间。", [space.MinDays, space.MaxDays]);
        }

        var purpose = input.Purpose?.Trim() ?? "";
        return purpose.Length is 0 or > 1000 ? new Refusal("Purpose", "请填写用途（1000 字以内）。") : null;
    }

    public async Task<Refusal?> ApproveAsync(int bookingId, string staffUserId, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.BeginWriteTransactionAsync(cancellationToken);
        var booking = await db.Bookings.FirstOrDefaultAsync(b => b.Id == bookingId, cancellationToken);
        if (booking is not { State: BookingState.Requested })
        {
            return Refusal.Form("该预订当前不能批准，可能已被其他工作人员处理。");
        }

        if (await OverlapsApprovedAsync(booking.SpaceId, booking.StartsOn, booking.EndsOn, booking.Id, cancellationToken))
        {
            return Refusal.Form("该时段已有批准的预订，不能重复批准。");
        }

        booking.State = BookingState.Approved;
        Touch(booking, staffUserId, "approve");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return Refusal.Form("该时段刚刚已被批准给其他预订。");
        }

        await NotifyAsync(booking, cancellationToken);
        return null;
    }

    public async Task<Refusal?> RejectAsync(int bookingId, string? reason, string staffUserId, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > 500)
        {
            return new Refusal("Reason", "请填写理由（500 字以内）。");
        }

        return await MoveAsync(bookingId, b => b.State == BookingState.Requested, BookingState.Rejected, staffUserId, "reject", reason.Trim(), cancellationToken);
    }

    /// <summary>The enterprise cancels its own booking (requested or approved) before it starts.</summary>
    public async Task<Refusal?> CancelAsync(int bookingId, string userId, CancellationToken cancellationToken = default)
    {
        var today = time.ChinaToday();
        var booking = await db.Bookings.FindAsync([bookingId], cancellationToken);
        if (booking is null || booking.RequestedByUserId != userId)
        {
            return Refusal.Form("找不到该预订。");
        }

        if (booking.StartsOn <= today)
        {
            return Refusal.Form("已开始的预订不能取消，请联系服务中心。");
        }

        return await MoveAsync(bookingId, b => b.State is BookingState.Requested or BookingState.Approved, BookingState.Cancelled, userId, "cancel", null, cancellationToken);
    }

    /// <summary>Approved bookings of a space that touch [from, to], for the availability calendar.</summary>
    public async Task<IReadOnlyList<(DateOnly StartsOn, DateOnly EndsOn)>> TakenAsync(int spaceId, DateOnly from, DateOnly to, CancellationToken cancellationToken = default) =>
        (await db.Bookings.AsNoTracking()
            .Where(b => b.SpaceId == spaceId && b.State == BookingState.Approved && b.StartsOn <= to && b.EndsOn >= from)
            .OrderBy(b => b.StartsOn)
            .Select(b => new { b.StartsOn, b.EndsOn })
            .ToListAsync(cancellationToken))
        .Select(b => (b.StartsOn, b.EndsOn)).ToList();

    private Task<bool> OverlapsApprovedAsync(int spaceId, DateOnly startsOn, DateOnly endsOn, int? except, CancellationToken cancellationToken) =>
        db.Bookings.AnyAsync(
            b => b.SpaceId == spaceId && b.State == BookingState.Approved && b.Id != except && b.StartsOn <= endsOn && b.EndsOn >= startsOn,
            cancellationToken);

    private async Task<Refusal?> MoveAsync(
        int bookingId, Func<SpaceBooking, bool> allowed, BookingState to, string actor, string action, string? reason, CancellationToken cancellationToken)
    {
        var booking = await db.Bookings.FindAsync([bookingId], cancellationToken);
        if (booking is null || !allowed(booking))
        {
            return Refusal.Form("该预订当前不能执行此操作。");
        }

        booking.State = to;
        booking.Reason = reason;
        Touch(booking, actor, action);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Refusal.Form("该预订已被其他人修改，请刷新后再操作。");
        }

        await NotifyAsync(booking, cancellationToken);
        return null;
    }

    private void Touch(SpaceBooking booking, string actor, string action)
    {
        var now = time.GetUtcNow().UtcDateTime;
        booking.UpdatedAt = now;
        booking.Version++;
        db.Audit.Add(new ExpoAuditEntry
        {
            Subject = "booking", SubjectId = booking.Id, Action = action, ActorUserId = actor, Note = booking.Reason ?? "", At = now,
        });
    }

    private async Task NotifyAsync(SpaceBooking booking, CancellationToken cancellationToken)
    {
        var space = booking.Space?.Name ?? (await db.Spaces.FindAsync([booking.SpaceId], cancellationToken))?.Name ?? "";
        var what = $"「{space}」（{booking.StartsOn:yyyy-MM-dd} 至 {booking.EndsOn:yyyy-MM-dd}）";
        var (title, body) = booking.State switch
        {
            BookingState.Requested => ("展示空间预订已提交", $"您预订的展示空间{what}已提交，请等待服务中心审核。"),
            BookingState.Approved => ("展示空间预订已批准", $"您预订的展示空间{what}已批准。"),
            BookingState.Rejected => ("展示空间预订未批准", $"您预订的展示空间{what}未批准。理由：{booking.Reason}"),
            _ => ("展示空间预订已取消", $"您预订的展示空间{what}已取消。"),
        };
        await notifications.NotifyAsync(
            new Notice(booking.RequestedByUserId, title, body, "/my/expo/bookings", $"expo:booking:{booking.Id}:{booking.Version}"),
            cancellationToken);
    }
}
