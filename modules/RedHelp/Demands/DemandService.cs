using Microsoft.EntityFrameworkCore;
using Portal.Core;
using Portal.Core.Enterprises;
using Portal.Core.Time;
using Portal.Modules.RedHelp.Data;
using Portal.Modules.RedHelp.Domain;

namespace Portal.Modules.RedHelp.Demands;

/// <summary>
/// Every step of a demand, 企业点单 → 党委派单 → 部门接单 → 办结 → 回访: the state machine of
/// <see cref="DemandRules"/> by role, a timeline row per step, notices to the parties. A step names the
/// version the user saw; the row's version is a concurrency token, so of two people acting on one
/// demand at once exactly one wins and the other is told the demand changed.
/// </summary>
internal sealed class DemandService(
    RedHelpDbContext db, IEnterpriseDirectory enterprises, DueDates dueDates, DemandNotices notices, TimeProvider time)
{
    public const string NotFound = "找不到该需求。";

    public const string Changed = "该需求刚刚已被其他人处理，请查看最新状态后再操作。";

    public const string WrongState = "该需求当前为“{0}”，不能执行此操作。";

    /// <summary>A verified enterprise orders help (企业点单), optionally tagged with the roving session it was raised at.</summary>
    public async Task<(Demand? Demand, Refusal? Refusal)> SubmitAsync(
        DemandViewer viewer, DemandInput input, int? rovingSessionId = null, CancellationToken cancellationToken = default)
    {
        var enterprise = viewer.EnterpriseId is { } id ? await enterprises.FindAsync(id, cancellationToken) : null;
        if (enterprise is not { Verification: VerificationState.Verified })
        {
            return (null, Refusal.Form("企业通过认证后才能提交需求。"));
        }

        return await CreateAsync(viewer.UserId, enterprise.Id, null, input, rovingSessionId is null ? "企业提交需求" : "企业在巡回服务中提交需求", cancellationToken, rovingSessionId);
    }

    /// <summary>A helper records a demand on behalf of one of their enterprises, optionally during a visit.</summary>
    public async Task<(Demand? Demand, Refusal? Refusal)> SubmitOnBehalfAsync(
        DemandViewer viewer, int enterpriseId, int? visitId, DemandInput input, CancellationToken cancellationToken = default)
    {
        if (!viewer.IsHelper || !viewer.HelperEnterpriseIds.Contains(enterpriseId))
        {
            return (null, new Refusal("EnterpriseId", "只能为自己联系的企业代提需求。"));
        }

        if (visitId is { } visit && !await db.Visits.AnyAsync(v => v.Id == visit && v.EnterpriseId == enterpriseId && v.HelperUserId == viewer.UserId, cancellationToken))
        {
            return (null, Refusal.Form("找不到该走访记录。"));
        }

        return await CreateAsync(viewer.UserId, enterpriseId, visitId, input, visitId is null ? "帮办员代企业提交需求" : "帮办员走访时代企业提交需求", cancellationToken);
    }

    /// <summary>Staff dispatch (党委派单) to a lead unit and handler, with optional co-handling units.</summary>
    public async Task<Refusal?> DispatchAsync(int demandId, int version, DemandViewer viewer, DispatchInput input, CancellationToken cancellationToken = default)
    {
        var handler = string.IsNullOrEmpty(input.HandlerUserId)
            ? null
            : await db.Helpers.AsNoTracking().FirstOrDefaultAsync(h => h.UserId == input.HandlerUserId && h.IsActive, cancellationToken);
        if (handler is null)
        {
            return new Refusal("HandlerUserId", "请选择承办的帮办员。");
        }

        var leadUnitId = input.LeadUnitId ?? handler.UnitId;
        var coUnits = input.CoHandlingUnitIds.Where(u => u != leadUnitId).Distinct().Order().ToList();
        var unitIds = coUnits.Append(leadUnitId).ToList();
        if (await db.Units.CountAsync(u => unitIds.Contains(u.Id), cancellationToken) != unitIds.Count)
        {
            return new Refusal("LeadUnitId", "请选择有效的牵头单位和协办单位。");
        }

        return await StepAsync(demandId, version, viewer, DemandActor.Staff, DemandState.Dispatched, "派单", false, demand =>
        {
            demand.LeadUnitId = leadUnitId;
            demand.HandlerUserId = handler.UserId;
            demand.CoHandlingUnitIds = string.Join(',', coUnits);
            demand.DueOn = dueDates.DueOn(time.ChinaToday(), demand.Category);
            return null;
        }, cancellationToken);
    }

    /// <summary>Staff refuse a submitted demand (不予受理) with a reason.</summary>
    public async Task<Refusal?> RefuseAsync(int demandId, int version, DemandViewer viewer, string? reason, CancellationToken cancellationToken = default) =>
        Text(reason, DemandLimits.Reason, "Reason", "请填写不予受理的理由（{0} 字以内）。") is { } bad
            ? bad
            : await StepAsync(demandId, version, viewer, DemandActor.Staff, DemandState.Rejected, reason!.Trim(), false, _ => null, cancellationToken);

    /// <summary>The handler takes the demand (部门接单).</summary>
    public Task<Refusal?> TakeAsync(int demandId, int version, DemandViewer viewer, CancellationToken cancellationToken = default) =>
        StepAsync(demandId, version, viewer, DemandActor.Handler, DemandState.InProgress, "接单", false, HandlerOnly(viewer), cancellationToken);

    /// <summary>The handler returns a dispatched demand (退回) with a reason; staff dispatch it again.</summary>
    public async Task<Refusal?> ReturnAsync(int demandId, int version, DemandViewer viewer, string? reason, CancellationToken cancellationToken = default) =>
        Text(reason, DemandLimits.Reason, "Reason", "请填写退回的理由（{0} 字以内）。") is { } bad
            ? bad
            : await StepAsync(demandId, version, viewer, DemandActor.Handler, DemandState.Submitted, reason!.Trim(), false, demand =>
            {
                if (HandlerOnly(viewer)(demand) is { } refusal)
                {
                    return refusal;
                }

                demand.HandlerUserId = null;
                demand.LeadUnitId = null;
                demand.CoHandlingUnitIds = "";
                demand.DueOn = null;
                return null;
            }, cancellationToken);

    /// <summary>The handler resolves the demand (办结) with a resolution text.</summary>
    public async Task<Refusal?> ResolveAsync(int demandId, int version, DemandViewer viewer, string? resolution, CancellationToken cancellationToken = default) =>
        Text(resolution, DemandLimits.Description, "Resolution", "请填写办理结果（{0} 字以内）。") is { } bad
            ? bad
            : await StepAsync(demandId, version, viewer, DemandActor.Handler, DemandState.Resolved, resolution!.Trim(), false, demand =>
            {
                if (HandlerOnly(viewer)(demand) is { } refusal)
                {
                    return refusal;
                }

                demand.Resolution = resolution.Trim();
                demand.ResolvedAt = time.GetUtcNow().UtcDateTime;
                return null;
            }, cancellationToken);

    /// <summary>The enterprise rates the resolution (回访); 不满意 or worse reopens the demand.</summary>
    public async Task<Refusal?> RateAsync(
        int demandId, int version, DemandViewer viewer, Satisfaction? rating, string? comment, CancellationToken cancellationToken = default)
    {
        if (rating is not { } value || !Enum.IsDefined(value))
        {
            return new Refusal("Rating", "请选择满意度。");
        }

        comment = comment?.Trim() ?? "";
        if (comment.Length > DemandLimits.RatingComment)
        {
            return new Refusal("Comment", "评价内容请控制在 {0} 字以内。", [DemandLimits.RatingComment]);
        }

        if (DemandRules.Reopens(value) && comment.Length == 0)
        {
            return new Refusal("Comment", "请说明不满意的原因，以便重新办理。");
        }

        var to = DemandRules.Reopens(value) ? DemandState.InProgress : DemandState.Closed;
        var note = comment.Length == 0 ? value.ChineseName() : $"{value.ChineseName()}：{comment}";
        return await StepAsync(demandId, version, viewer, DemandActor.Enterprise, to, note, false, demand =>
        {
            if (demand.EnterpriseId != viewer.EnterpriseId)
            {
                return Refusal.Form("只有提出需求的企业可以评价。");
            }

            demand.Rating = value;
            demand.RatingComment = comment.Length == 0 ? null : comment;
            if (to == DemandState.Closed)
            {
                demand.ClosedAt = time.GetUtcNow().UtcDateTime;
            }

            return null;
        }, cancellationToken);
    }

    /// <summary>The handler or the enterprise's lead helper records a follow-up call (电话回访), closing the demand.</summary>
    public async Task<Refusal?> FollowUpCallAsync(int demandId, int version, DemandViewer viewer, string? note, CancellationToken cancellationToken = default) =>
        Text(note, DemandLimits.Note, "Note", "请填写回访情况（{0} 字以内）。") is { } bad
            ? bad
            : await StepAsync(demandId, version, viewer, DemandActor.Handler, DemandState.Closed, "电话回访：" + note!.Trim(), false, demand =>
            {
                if (!viewer.IsHelper || (demand.HandlerUserId != viewer.UserId && !viewer.HelperEnterpriseIds.Contains(demand.EnterpriseId)))
                {
                    return Refusal.Form("只有承办人或企业的联系帮办员可以记录回访。");
                }

                demand.ClosedAt = time.GetUtcNow().UtcDateTime;
                return null;
            }, cancellationToken);

    /// <summary>The enterprise withdraws its demand before it is resolved.</summary>
    public async Task<Refusal?> WithdrawAsync(int demandId, int version, DemandViewer viewer, string? reason, CancellationToken cancellationToken = default)
    {
        reason = reason?.Trim() ?? "";
        if (reason.Length > DemandLimits.Reason)
        {
            return new Refusal("Reason", "撤回原因请控制在 {0} 字以内。", [DemandLimits.Reason]);
        }

        return await StepAsync(demandId, version, viewer, DemandActor.Enterprise, DemandState.Withdrawn, reason.Length == 0 ? "企业撤回需求" : reason, false,
            demand => demand.EnterpriseId == viewer.EnterpriseId ? null : Refusal.Form("只有提出需求的企业可以撤回。"), cancellationToken);
    }

    /// <summary>A progress note; internal notes are for staff and helpers only. The enterprise's notes are never internal.</summary>
    public async Task<Refusal?> AddNoteAsync(int demandId, DemandViewer viewer, string? text, bool isInternal, CancellationToken cancellationToken = default)
    {
        if (Text(text, DemandLimits.Note, "Note", "请填写进展说明（{0} 字以内）。") is { } bad)
        {
            return bad;
        }

        var demand = await db.Demands.FirstOrDefaultAsync(d => d.Id == demandId, cancellationToken);
        if (demand is null || !viewer.CanSee(demand))
        {
            return Refusal.Form(NotFound);
        }

        if (demand.State is DemandState.Closed or DemandState.Rejected or DemandState.Withdrawn)
        {
            return Refusal.Form(WrongState, demand.State.ChineseName());
        }

        var fromTeam = viewer.IsStaff || demand.HandlerUserId == viewer.UserId || (viewer.IsHelper && viewer.HelperEnterpriseIds.Contains(demand.EnterpriseId));
        var step = Record(demand, viewer.UserId, demand.State, text!.Trim(), isInternal && fromTeam);
        return await SaveAsync(demand, step, cancellationToken);
    }

    private async Task<(Demand? Demand, Refusal? Refusal)> CreateAsync(
        string userId, int enterpriseId, int? visitId, DemandInput input, string note, CancellationToken cancellationToken, int? rovingSessionId = null)
    {
        if (Check(input) is { } refusal)
        {
            return (null, refusal);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var demand = new Demand
        {
            EnterpriseId = enterpriseId,
            SubmittedByUserId = userId,
            Category = input.Category!.Value,
            Title = input.Title!.Trim(),
            Description = input.Description!.Trim(),
            Urgency = input.Urgency,
            State = DemandState.Submitted,
            VisitId = visitId,
            RovingSessionId = rovingSessionId,
            CreatedAt = now,
            UpdatedAt = now,
        };
        demand.Attachments.AddRange((input.Files ?? []).Select(f => new DemandAttachment
        {
            FileName = f.OriginalName, FileKey = f.Key, Kind = f.Kind, Size = f.Length, UploadedByUserId = userId, UploadedAt = now,
        }));
        var step = new DemandEvent { At = now, ActorUserId = userId, FromState = null, ToState = DemandState.Submitted, Note = note };
        demand.Timeline.Add(step);
        db.Demands.Add(demand);
        await db.SaveChangesAsync(cancellationToken);
        await notices.StepAsync(demand, step, cancellationToken);
        return (demand, null);
    }

    private static Refusal? Check(DemandInput input)
    {
        if (input.Category is not { } category || !Enum.IsDefined(category))
        {
            return new Refusal("Category", "请选择需求类别。");
        }

        if (!Enum.IsDefined(input.Urgency))
        {
            return new Refusal("Urgency", "请选择紧急程度。");
        }

        return Text(input.Title, DemandLimits.Title, "Title", "请填写标题（{0} 字以内）。")
            ?? Text(input.Description, DemandLimits.Description, "Description", "请描述需求（{0} 字以内）。");
    }

    private static Refusal? Text(string? text, int max, string field, string message)
    {
        var length = text?.Trim().Length ?? 0;
        return length is 0 || length > max ? new Refusal(field, message, [max]) : null;
    }

    private static Func<Demand, Refusal?> HandlerOnly(DemandViewer viewer) => demand =>
        demand.HandlerUserId == viewer.UserId ? null : Refusal.Form("只有承办该需求的帮办员可以执行此操作。");

    private async Task<Refusal?> StepAsync(
        int demandId, int version, DemandViewer viewer, DemandActor actor, DemandState to, string note, bool isInternal,
        Func<Demand, Refusal?> apply, CancellationToken cancellationToken)
    {
        var demand = await db.Demands.FirstOrDefaultAsync(d => d.Id == demandId, cancellationToken);
        if (demand is null || !viewer.CanSee(demand))
        {
            return Refusal.Form(NotFound);
        }

        if (actor == DemandActor.Staff && !viewer.IsStaff)
        {
            return Refusal.Form("只有服务中心工作人员可以派单。");
        }

        if (demand.Version != version)
        {
            return Refusal.Form(Changed);
        }

        if (!DemandRules.CanMove(demand.State, to, actor))
        {
            return Refusal.Form(WrongState, demand.State.ChineseName());
        }

        if (apply(demand) is { } refusal)
        {
            db.ChangeTracker.Clear();
            return refusal;
        }

        var step = Record(demand, viewer.UserId, to, note, isInternal);
        return await SaveAsync(demand, step, cancellationToken);
    }

    private DemandEvent Record(Demand demand, string actorUserId, DemandState to, string note, bool isInternal)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var step = new DemandEvent
        {
            DemandId = demand.Id, At = now, ActorUserId = actorUserId, FromState = demand.State, ToState = to, Note = note, IsInternal = isInternal,
        };
        demand.State = to;
        demand.UpdatedAt = now;
        demand.Version++;
        db.DemandEvents.Add(step);
        return step;
    }

    private async Task<Refusal?> SaveAsync(Demand demand, DemandEvent step, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Refusal.Form(Changed);
        }

        await notices.StepAsync(demand, step, cancellationToken);
        return null;
    }
}
