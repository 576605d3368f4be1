using Microsoft.EntityFrameworkCore;
using Portal.Core;
using Portal.Core.Time;
using Portal.Modules.Policies.Data;

namespace Portal.Modules.Policies.Domain;

/// <summary>Staff changes to the 项目清单: create, edit, move through 派单/领办, dated progress notes; each written to the audit trail with the change.</summary>
internal sealed class ProjectService(PoliciesDbContext db, PolicyAudit audit, TimeProvider time)
{
    public const string NotFound = "找不到该项目，可能已被删除。";

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    public async Task<(Project? Project, Refusal? Refusal)> CreateAsync(ProjectInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        if (input.Check() is { } refusal)
        {
            return (null, refusal);
        }

        var project = input.Create(Now);
        db.Projects.Add(project);
        await db.SaveChangesAsync(cancellationToken);
        audit.Record(actor, "create", PolicyAudit.ProjectKind, project.Id, $"新建项目“{project.Title}”（{project.Year} 年，牵头单位：{project.LeadUnit}）");
        await db.SaveChangesAsync(cancellationToken);
        return (project, null);
    }

    public async Task<Refusal?> UpdateAsync(int id, long token, ProjectInput input, Actor actor, CancellationToken cancellationToken = default)
    {
        if (input.Check() is { } refusal)
        {
            return refusal;
        }

        if (await db.Projects.FirstOrDefaultAsync(p => p.Id == id, cancellationToken) is not { } project)
        {
            return Refusal.Form(NotFound);
        }

        var before = project.Title;
        input.ApplyTo(project);
        audit.Record(actor, "update", PolicyAudit.ProjectKind, id, before == project.Title ? $"修改项目“{project.Title}”" : $"修改项目“{before}”，标题改为“{project.Title}”");
        return await StampedSave.SaveAsync(db, project, token, Now, cancellationToken);
    }

    /// <summary>One step of 派单/领办; any move <see cref="ProjectStates"/> does not allow is refused and changes nothing.</summary>
    public async Task<Refusal?> MoveAsync(int id, long token, ProjectState to, Actor actor, CancellationToken cancellationToken = default)
    {
        if (await db.Projects.FirstOrDefaultAsync(p => p.Id == id, cancellationToken) is not { } project)
        {
            return Refusal.Form(NotFound);
        }

        if (ProjectStates.Check(project, to) is { } refusal)
        {
            return refusal;
        }

        var from = project.State;
        project.State = to;
        audit.Record(actor, "state", PolicyAudit.ProjectKind, id, $"项目“{project.Title}”：{from.ChineseName()} → {to.ChineseName()}");
        return await StampedSave.SaveAsync(db, project, token, Now, cancellationToken);
    }

    /// <summary>A dated progress note (not after today, China time). It does not change the project, so an open editor is not disturbed.</summary>
    public async Task<Refusal?> AddProgressAsync(int id, DateOnly? date, string? note, Actor actor, CancellationToken cancellationToken = default)
    {
        note = note?.Trim() ?? "";
        if (note.Length is 0 or > 1000)
        {
            return new Refusal("Note", "请填写进展内容（1000 字以内）。");
        }

        if (date is not { } day || day > time.ChinaToday() || day.Year < 2000)
        {
            return new Refusal("NoteDate", "请填写进展日期（2000 年以后，且不晚于今天）。");
        }

        if (await db.Projects.FirstOrDefaultAsync(p => p.Id == id, cancellationToken) is not { } project)
        {
            return Refusal.Form(NotFound);
        }

        db.ProjectProgress.Add(new ProjectProgress { ProjectId = id, Date = day, Note = note, By = actor.UserName.Length > 100 ? actor.UserName[..100] : actor.UserName, CreatedAt = Now });
        audit.Record(actor, "progress", PolicyAudit.ProjectKind, id, $"项目“{project.Title}”记录进展（{day:yyyy-MM-dd}）：{note}");
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }
}
