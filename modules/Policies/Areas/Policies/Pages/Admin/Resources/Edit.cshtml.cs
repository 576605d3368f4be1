using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Portal.Core;
using Portal.Core.Markdown;
using Portal.Modules.Policies.Admin;
using Portal.Modules.Policies.Domain;

namespace Portal.Modules.Policies.Areas.Policies.Pages.Admin.Resources;

/// <summary>
/// /admin/policies/resources/edit/{id?}: write or edit a resource-list item with the Markdown preview, publish it or
/// take it offline. A refused save changes nothing and gives the editor their text back; a save over someone else's
/// newer change is refused and shows what they saved.
/// </summary>
[Authorize(Policy = PoliciesPermissions.Manage)]
public sealed class EditModel(IMarkdownRenderer markdown, IStringLocalizer<PoliciesResource> l) : PageModel
{
    internal Resource? Item { get; private set; }

    /// <summary>The stored item when a save was refused because someone else saved first.</summary>
    internal Resource? Conflicting { get; private set; }

    [BindProperty]
    public ResourceForm Input { get; set; } = new();

    [BindProperty]
    public long Token { get; set; }

    public string PreviewHtml { get; private set; } = "";

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task<IActionResult> OnGetAsync(int? id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (Item is { } r)
        {
            Input = ResourceForm.From(r);
            Token = r.Token();
        }

        PreviewHtml = markdown.ToHtml(Input.Description);
        return Page();
    }

    public async Task<IActionResult> OnPostPreviewAsync(int? id)
    {
        if (MarkdownEditor.Fragment(this, markdown, Input.Description) is { } fragment)
        {
            return fragment;
        }

        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        ModelState.Clear();
        PreviewHtml = markdown.ToHtml(Input.Description);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        PreviewHtml = markdown.ToHtml(Input.Description);
        if (!ModelState.IsValid)
        {
            ModelState.AddModelError("", l["有字段格式不正确，请检查后再保存。"]);
            return Page();
        }

        var service = this.Service<ResourceService>();
        if (Item is null)
        {
            var (created, refusal) = await service.CreateAsync(Input.ToInput(), Actor.Of(User), HttpContext.RequestAborted);
            return created is null ? Refused(refusal!) : Saved(created.Id, l["资源已保存（未发布）。"]);
        }

        return await service.UpdateAsync(Item.Id, Token, Input.ToInput(), Actor.Of(User), HttpContext.RequestAborted) is { } refused
            ? await RefusedAsync(refused)
            : Saved(Item.Id, l["已保存。"]);
    }

    /// <summary>Publish (published=true) or take offline; the form posts the token the page was opened with.</summary>
    public async Task<IActionResult> OnPostPublishAsync(int id, bool published)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var refusal = await this.Service<ResourceService>().SetPublishedAsync(id, Token, published, Actor.Of(User), HttpContext.RequestAborted);
        if (refusal is not null)
        {
            StatusMessage = l[refusal.Message, refusal.Args ?? []];
            return Redirect($"/admin/policies/resources/edit/{id}");
        }

        return Saved(id, published ? l["资源已发布。"] : l["资源已下线。"]);
    }

    private RedirectResult Saved(int id, string message)
    {
        StatusMessage = message;
        return Redirect($"/admin/policies/resources/edit/{id}");
    }

    private async Task<IActionResult> RefusedAsync(Refusal refusal)
    {
        if (refusal.Message == StampedSave.ConflictMessage && Item is not null)
        {
            // Someone else saved first: keep the editor's text in the form, show theirs, and let the next save go on top of it.
            Conflicting = await this.Service<ResourceAdminQueries>().FindAsync(Item.Id, HttpContext.RequestAborted);
            Token = Conflicting?.Token() ?? Token;
            ModelState.Remove(nameof(Token));
        }

        return Refused(refusal);
    }

    private PageResult Refused(Refusal refusal)
    {
        ModelState.Add(refusal, l);
        return Page();
    }

    private async Task<bool> LoadAsync(int? id)
    {
        if (id is null)
        {
            return true;
        }

        Item = await this.Service<ResourceAdminQueries>().FindAsync(id.Value, HttpContext.RequestAborted);
        return Item is not null;
    }
}
