using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Portal.Core;
using Portal.Core.Markdown;
using Portal.Modules.Policies.Admin;
using Portal.Modules.Policies.Domain;

namespace Portal.Modules.Policies.Areas.Policies.Pages.Admin.Resources;

/// <summary>/admin/policies/resources/edit/{id?}: write or edit a resource-list item with the Markdown preview; publish it or take it offline.</summary>
[Authorize(Policy = PoliciesPermissions.Manage)]
public sealed class EditModel(IMarkdownRenderer markdown, IStringLocalizer<PoliciesResource> l) : ListItemEditPage<ResourceForm>(markdown, l)
{
    internal Resource? Item => (Resource?)Current;

    internal Resource? Conflicting => (Resource?)Latest;

    protected override string ListUrl => "/admin/policies/resources";

    internal override async Task<IStamped?> FindAsync(int id) => await this.Service<ResourceAdminQueries>().FindAsync(id, HttpContext.RequestAborted);

    internal override ResourceForm FormOf(IStamped item) => ResourceForm.From((Resource)item);

    protected override string? MarkdownOf(ResourceForm form) => form.Description;

    internal override async Task<(int? Id, Refusal? Refusal)> CreateAsync(ResourceForm form, Actor actor)
    {
        var (created, refusal) = await this.Service<ResourceService>().CreateAsync(form.ToInput(), actor, HttpContext.RequestAborted);
        return (created?.Id, refusal);
    }

    internal override Task<Refusal?> UpdateAsync(int id, long token, ResourceForm form, Actor actor) =>
        this.Service<ResourceService>().UpdateAsync(id, token, form.ToInput(), actor, HttpContext.RequestAborted);

    /// <summary>Publish (published=true) or take offline; the form posts the token the page was opened with.</summary>
    public async Task<IActionResult> OnPostPublishAsync(int id, bool published)
    {
        var refusal = await this.Service<ResourceService>().SetPublishedAsync(id, Token, published, Actor.Of(User), HttpContext.RequestAborted);
        return Done(id, refusal, published ? L["资源已发布。"] : L["资源已下线。"]);
    }
}
