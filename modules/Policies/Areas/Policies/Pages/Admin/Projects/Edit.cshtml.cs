using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Portal.Core;
using Portal.Core.Markdown;
using Portal.Core.Time;
using Portal.Modules.Policies.Admin;
using Portal.Modules.Policies.Domain;

namespace Portal.Modules.Policies.Areas.Policies.Pages.Admin.Projects;

/// <summary>
/// /admin/policies/projects/edit/{id?}: write or edit a key project with the Markdown preview, move it one step of
/// 派单/领办 (待领办 → 已领办 → 推进中 → 已完成; anything else is refused with a message), add dated progress notes.
/// </summary>
[Authorize(Policy = PoliciesPermissions.Manage)]
public sealed class EditModel(IMarkdownRenderer markdown, IStringLocalizer<PoliciesResource> l, TimeProvider time)
    : ListItemEditPage<ProjectForm>(markdown, l)
{
    internal Project? Item => (Project?)Current;

    internal Project? Conflicting => (Project?)Latest;

    public DateOnly Today => time.ChinaToday();

    protected override string ListUrl => "/admin/policies/projects";

    internal override async Task<IStamped?> FindAsync(int id) => await this.Service<ProjectAdminQueries>().FindAsync(id, HttpContext.RequestAborted);

    internal override ProjectForm FormOf(IStamped item) => ProjectForm.From((Project)item);

    protected override string? MarkdownOf(ProjectForm form) => form.Description;

    internal override async Task<(int? Id, Refusal? Refusal)> CreateAsync(ProjectForm form, Actor actor)
    {
        var (created, refusal) = await this.Service<ProjectService>().CreateAsync(form.ToInput(), actor, HttpContext.RequestAborted);
        return (created?.Id, refusal);
    }

    internal override Task<Refusal?> UpdateAsync(int id, long token, ProjectForm form, Actor actor) =>
        this.Service<ProjectService>().UpdateAsync(id, token, form.ToInput(), actor, HttpContext.RequestAborted);

    /// <summary>A new project starts in this year (China time).</summary>
    public override async Task OnPageHandlerExecutionAsync(Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutingContext context, Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutionDelegate next)
    {
        Input.Year = Input.Year == 0 ? Today.Year : Input.Year;
        await next();
    }

    /// <summary>One step of 派单/领办 to <paramref name="to"/>, with the token the page was opened with.</summary>
    public async Task<IActionResult> OnPostMoveAsync(int id, ProjectState to)
    {
        var refusal = await this.Service<ProjectService>().MoveAsync(id, Token, to, Actor.Of(User), HttpContext.RequestAborted);
        return Done(id, refusal, L["项目状态已变为“{0}”。", L[to.ChineseName()]]);
    }

    public async Task<IActionResult> OnPostProgressAsync(int id, DateOnly? noteDate, string? note)
    {
        var refusal = await this.Service<ProjectService>().AddProgressAsync(id, noteDate, note, Actor.Of(User), HttpContext.RequestAborted);
        return Done(id, refusal, L["已记录进展。"]);
    }
}
