using Portal.Core;
using Portal.Core.Time;
using Portal.Modules.Policies.Data;

namespace Portal.Modules.Policies.Domain;

/// <summary>Staff changes to the 项目清单: create and edit (<see cref="ListItemService{TItem, TInput}"/>), move through 派单/领办, dated progress notes; each written to the audit trail with the change.</summary>
internal sealed class ProjectService(PoliciesDbContext db, PolicyAudit audit, TimeProvider time)
    : ListItemService<Project, ProjectInput>(db, audit, time, PolicyAudit.ProjectKind, "项目", NotFound)
{
    public const string NotFound = "找不到该项目，可能已被删除。";

    protected override string CreatedNote(Project project) => $"新建项目“{project.Title}”（{project.Year} 年，牵头单位：{project.LeadUnit}）";

    /// <summary>One step of 派单/领办; any move <see cref="ProjectStates"/> does not allow is refused and changes nothing.</summary>
    public Task<Refusal?> MoveAsync(int id, long token, ProjectState to, Actor actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(
            id, token, actor, "state", project => ProjectStates.Check(project, to),
            project =>
            {
                var from = project.State;
                project.State = to;
                return $"项目“{project.Title}”：{from.ChineseName()} → {to.ChineseName()}";
            },
            cancellationToken);

    /// <summary>A dated progress note (not after today, China time). It does not change the project, so an open editor is not disturbed.</summary>
    public async Task<Refusal?> AddProgressAsync(int id, DateOnly? date, string? note, Actor actor, CancellationToken cancellationToken = default)
    {
        note = note?.Trim() ?? "";
        if (note.Length is 0 or > 1000)
        {
            return new Refusal("Note", "请填写进展内容（1000 字以内）。");
        }

        if (date is not { } day || day > Time.ChinaToday() || day.Year < 2000)
        {
            return new Refusal("NoteDate", "请填写进展日期（2000 年以后，且不晚于今天）。");
        }

        if (await FindAsync(id, cancellationToken) is not { } project)
        {
            return Missing;
        }

        Db.ProjectProgress.Add(new ProjectProgress { ProjectId = id, Date = day, Note = note, By = actor.UserName.Length > 100 ? actor.UserName[..100] : actor.UserName, CreatedAt = Now });
        Audit.Record(actor, "progress", PolicyAudit.ProjectKind, id, $"项目“{project.Title}”记录进展（{day:yyyy-MM-dd}）：{note}");
        await Db.SaveChangesAsync(cancellationToken);
        return null;
    }
}
