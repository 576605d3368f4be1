using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Portal.Modules.Policies.Admin;
using Portal.Modules.Policies.Domain;

namespace Portal.Modules.Policies.Areas.Policies.Pages.Admin.Resources;

/// <summary>/admin/policies/resources/delete/{id}: asks before deleting (GET shows the item, POST deletes it and records who did).</summary>
[Authorize(Policy = PoliciesPermissions.Manage)]
public sealed class DeleteModel(IStringLocalizer<PoliciesResource> l) : PageModel
{
    internal Resource? Item { get; private set; }

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        Item = await this.Service<ResourceAdminQueries>().FindAsync(id, HttpContext.RequestAborted);
        return Item is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await this.Service<ResourceService>().DeleteAsync(id, Actor.Of(User), HttpContext.RequestAborted) is { } refusal)
        {
            StatusMessage = l[refusal.Message, refusal.Args ?? []];
            return Redirect("/admin/policies/resources");
        }

        StatusMessage = l["资源已删除。"];
        return Redirect("/admin/policies/resources");
    }
}
