using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Portal.Core;
using Portal.Core.Events;
using Portal.Core.Time;
using Portal.Modules.Policies.Data;

namespace Portal.Modules.Policies.Domain;

/// <summary>
/// The policy lifecycle: Draft → Scheduled → Published → Expired | Withdrawn. Every save carries the token the
/// editor started from; a save over someone else's change is refused (nothing is overwritten, the caller keeps
/// the text). Published edits add a version with a change note and a major/minor flag. PolicyPublished goes out
/// on the event bus after the save: at first publication and at a major change.
/// </summary>
internal sealed class PolicyService(PoliciesDbContext db, PolicyAudit audit, IEventBus events, TimeProvider time)
{
    public const string ConflictMessage = "保存失败：该政策已被其他工作人员修改。您的内容仍在下方，请查看最新版本后再合并保存。";

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    public async Task<(Policy? Policy, Refusal? Refusal)> CreateAsync(PolicyInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        if ((PolicyRules.Check(input) ?? await SlugTakenAsync(input.Slug, null, cancellationToken)) is { } refusal)
        {
            return (null, refusal);
        }

        var policy = new Policy { State = PolicyState.Draft, CreatedAt = Now, UpdatedAt = Now };
        input.ApplyTo(policy);
        policy.Slug = string.IsNullOrWhiteSpace(input.Slug) ? NewSlug() : input.Slug;
        db.Policies.Add(policy);
        await db.SaveChangesAsync(cancellationToken);
        audit.Record(actor, "create", PolicyAudit.PolicyKind, policy.Id, $"新建政策“{policy.Title}”");
        await db.SaveChangesAsync(cancellationToken);
        return (policy, null);
    }

    /// <summary>Saves an edit. On a published policy a change note is required and a new version is kept.</summary>
    public async Task<Refusal?> UpdateAsync(
        int id, Guid token, PolicyInput input, string? changeNote, bool major, Actor actor, CancellationToken cancellationToken = default)
    {
        var policy = await db.Policies.FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (policy is null)
        {
            return Refusal.Form("找不到该政策。");
        }

        if ((PolicyRules.Check(input) ?? await SlugTakenAsync(input.Slug, id, cancellationToken)) is { } refusal)
        {
            return refusal;
        }

        var published = policy.State == PolicyState.Published;
        changeNote = changeNote?.Trim() ?? "";
        if (published && (changeNote.Length == 0 || changeNote.Length > 500))
        {
            return new Refusal("ChangeNote", "修改已发布的政策须填写修改说明（500 字以内）。");
        }

        if (policy.ConcurrencyToken != token)
        {
            return Refusal.Form(ConflictMessage);
        }

        var before = PolicySnapshot.Of(policy);
        input.ApplyTo(policy);
        if (!string.IsNullOrWhiteSpace(input.Slug))
        {
            policy.Slug = input.Slug;
        }

        if (published && PolicySnapshot.Of(policy).ToJson() == before.ToJson())
        {
            return Refusal.Form("内容没有变化，无需保存新版本。");
        }

        if (published)
        {
            policy.Version++;
            AddVersion(policy, major, changeNote, actor);
            policy.MajorChangeAt = major ? Now : policy.MajorChangeAt;
        }

        audit.Record(actor, "update", PolicyAudit.PolicyKind, id,
            published ? $"修改政策“{policy.Title}”（第 {policy.Version} 版，{(major ? "重大" : "一般")}修改：{changeNote}）" : $"修改政策草稿“{policy.Title}”");
        if (await SaveAsync(policy, token, cancellationToken) is { } conflict)
        {
            return conflict;
        }

        if (published && major)
        {
            await events.PublishAsync(new PolicyPublished(id, Major: true), cancellationToken);
        }

        return null;
    }

    public async Task<Refusal?> PublishAsync(int id, Guid token, Actor actor, CancellationToken cancellationToken = default)
    {
        var policy = await db.Policies.FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (policy is not { State: PolicyState.Draft or PolicyState.Scheduled })
        {
            return Refusal.Form("只有草稿或定时发布的政策可以发布。");
        }

        if (policy.ClosesOn < time.ChinaToday())
        {
            return new Refusal("ClosesOn", "截止日期已过，请先修改申报期再发布。");
        }

        if (policy.ConcurrencyToken != token)
        {
            return Refusal.Form(ConflictMessage);
        }

        MarkPublished(policy, actor);
        audit.Record(actor, "publish", PolicyAudit.PolicyKind, id, $"发布政策“{policy.Title}”");
        if (await SaveAsync(policy, token, cancellationToken) is { } conflict)
        {
            return conflict;
        }

        await events.PublishAsync(new PolicyPublished(id, Major: false), cancellationToken);
        return null;
    }

    /// <summary>Schedules a draft (or re-schedules) for publication by the job at <paramref name="publishAtUtc"/>.</summary>
    public async Task<Refusal?> ScheduleAsync(int id, Guid token, DateTime publishAtUtc, Actor actor, CancellationToken cancellationToken = default)
    {
        var policy = await db.Policies.FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (policy is not { State: PolicyState.Draft or PolicyState.Scheduled })
        {
            return Refusal.Form("只有草稿或定时发布的政策可以设定发布时间。");
        }

        if (publishAtUtc <= Now)
        {
            return new Refusal("PublishAt", "定时发布的时间须晚于现在。");
        }

        if (policy.ClosesOn is { } closes && DateOnly.FromDateTime(ChinaTime.ToChina(publishAtUtc)) > closes)
        {
            return new Refusal("PublishAt", "定时发布的时间不能晚于截止日期。");
        }

        if (policy.ConcurrencyToken != token)
        {
            return Refusal.Form(ConflictMessage);
        }

        policy.State = PolicyState.Scheduled;
        policy.PublishAt = publishAtUtc;
        audit.Record(actor, "schedule", PolicyAudit.PolicyKind, id, $"定时发布政策“{policy.Title}”：{ChinaTime.Format(publishAtUtc)}");
        return await SaveAsync(policy, token, cancellationToken);
    }

    /// <summary>Takes a scheduled policy back to draft.</summary>
    public async Task<Refusal?> UnscheduleAsync(int id, Guid token, Actor actor, CancellationToken cancellationToken = default)
    {
        var policy = await db.Policies.FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (policy is not { State: PolicyState.Scheduled })
        {
            return Refusal.Form("该政策不在定时发布中。");
        }

        if (policy.ConcurrencyToken != token)
        {
            return Refusal.Form(ConflictMessage);
        }

        policy.State = PolicyState.Draft;
        policy.PublishAt = null;
        audit.Record(actor, "unschedule", PolicyAudit.PolicyKind, id, $"取消定时发布“{policy.Title}”");
        return await SaveAsync(policy, token, cancellationToken);
    }

    public async Task<Refusal?> WithdrawAsync(int id, Guid token, string? reason, Actor actor, CancellationToken cancellationToken = default)
    {
        var policy = await db.Policies.FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (policy is not { State: PolicyState.Published or PolicyState.Scheduled })
        {
            return Refusal.Form("只有已发布或定时发布的政策可以撤回。");
        }

        reason = reason?.Trim() ?? "";
        if (reason.Length is 0 or > 500)
        {
            return new Refusal("Reason", "请填写撤回理由（500 字以内）。");
        }

        if (policy.ConcurrencyToken != token)
        {
            return Refusal.Form(ConflictMessage);
        }

        policy.State = PolicyState.Withdrawn;
        policy.WithdrawnReason = reason;
        policy.ClosedAt = Now;
        policy.PublishAt = null;
        audit.Record(actor, "withdraw", PolicyAudit.PolicyKind, id, $"撤回政策“{policy.Title}”：{reason}");
        return await SaveAsync(policy, token, cancellationToken);
    }

    /// <summary>The publish job: scheduled policies whose time has come are published. Returns how many.</summary>
    public async Task<int> PublishDueAsync(CancellationToken cancellationToken = default)
    {
        var now = Now;
        var due = await db.Policies.Where(p => p.State == PolicyState.Scheduled && p.PublishAt <= now).OrderBy(p => p.PublishAt).ToListAsync(cancellationToken);
        var published = new List<int>();
        foreach (var policy in due)
        {
            var token = policy.ConcurrencyToken;
            MarkPublished(policy, Jobs.JobActor.Instance);
            audit.Record(Jobs.JobActor.Instance, "publish", PolicyAudit.PolicyKind, policy.Id, $"定时发布政策“{policy.Title}”");
            if (await SaveAsync(policy, token, cancellationToken) is null)
            {
                published.Add(policy.Id);
            }
        }

        foreach (var id in published)
        {
            await events.PublishAsync(new PolicyPublished(id, Major: false), cancellationToken);
        }

        return published.Count;
    }

    /// <summary>The expiry job: published policies whose last day (China date) has passed are closed. Returns how many.</summary>
    public async Task<int> ExpireDueAsync(CancellationToken cancellationToken = default)
    {
        var today = time.ChinaToday();
        var due = await db.Policies.Where(p => p.State == PolicyState.Published && p.ClosesOn < today).ToListAsync(cancellationToken);
        var count = 0;
        foreach (var policy in due)
        {
            var token = policy.ConcurrencyToken;
            policy.State = PolicyState.Expired;
            policy.ClosedAt = Now;
            audit.Record(Jobs.JobActor.Instance, "expire", PolicyAudit.PolicyKind, policy.Id, $"政策“{policy.Title}”申报期已过，自动截止");
            count += await SaveAsync(policy, token, cancellationToken) is null ? 1 : 0;
        }

        return count;
    }

    private void MarkPublished(Policy policy, Actor actor)
    {
        policy.State = PolicyState.Published;
        policy.PublishedAt ??= Now;
        policy.PublishAt = null;
        if (policy.Version == 0)
        {
            policy.Version = 1;
            AddVersion(policy, true, "首次发布", actor);
        }
    }

    private void AddVersion(Policy policy, bool major, string note, Actor actor)
    {
        var snapshot = PolicySnapshot.Of(policy);
        db.Versions.Add(new PolicyVersion
        {
            PolicyId = policy.Id,
            Number = policy.Version,
            IsMajor = major,
            ChangeNote = note,
            Title = policy.Title,
            BodyMarkdown = policy.BodyMarkdown,
            Snapshot = snapshot.ToJson(),
            EditedBy = actor.UserName.Length > 100 ? actor.UserName[..100] : actor.UserName,
            EditedAt = Now,
        });
    }

    /// <summary>
    /// Saves with the token the editor started from as the original value: if another save changed the row in
    /// the meantime the database updates nothing and the save is refused, leaving the other change intact.
    /// </summary>
    private async Task<Refusal?> SaveAsync(Policy policy, Guid token, CancellationToken cancellationToken)
    {
        db.Entry(policy).Property(p => p.ConcurrencyToken).OriginalValue = token;
        policy.ConcurrencyToken = Guid.NewGuid();
        policy.UpdatedAt = Now;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Refusal.Form(ConflictMessage);
        }
        catch (DbUpdateException)
        {
            // A lost race on the unique slug or version number: someone else saved first.
            db.ChangeTracker.Clear();
            return Refusal.Form(ConflictMessage);
        }
    }

    private async Task<Refusal?> SlugTakenAsync(string? slug, int? id, CancellationToken cancellationToken) =>
        !string.IsNullOrWhiteSpace(slug) && await db.Policies.AnyAsync(p => p.Slug == slug && p.Id != id, cancellationToken)
            ? new Refusal("Slug", "该网址标识已被其他政策使用。")
            : null;

    private static string NewSlug() => "p-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(5));
}
