using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Portal.Modules.ServiceCenter.Domain;

namespace Portal.Modules.ServiceCenter.Areas.ServiceCenter.Pages.Admin.Services;

/// <summary>/admin/showcase/services/edit/{id?}: add or edit a catalogue entry; retire it by unticking "active".</summary>
[Authorize(Policy = ServiceCenterPermissions.Manage)]
public sealed class EditModel(
    IStringLocalizer<ServiceCenterResource> l) : PageModel
{
    private ServiceCatalog catalog => this.Service<ServiceCatalog>();

    internal CenterService? Service { get; private set; }

    [BindProperty]
    public ServiceForm Input { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public sealed class ServiceForm
    {
        public string? Name { get; set; }

        public string? Slug { get; set; }

        public ServiceCategory Category { get; set; } = ServiceCategory.CreativeDesign;

        public string? Summary { get; set; }

        public string? Description { get; set; }

        public string? Provider { get; set; }

        public bool IsActive { get; set; } = true;

        public int SortOrder { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(int? id)
    {
        if (id is not null)
        {
            if ((Service = await catalog.FindAsync(id.Value, HttpContext.RequestAborted)) is not { } s)
            {
                return NotFound();
            }

            Input = new ServiceForm
            {
                Name = s.Name, Slug = s.Slug, Category = s.Category, Summary = s.Summary, Description = s.Description,
                Provider = s.Provider, IsActive = s.IsActive, SortOrder = s.SortOrder,
            };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id)
    {
        if (id is not null && (Service = await catalog.FindAsync(id.Value, HttpContext.RequestAborted)) is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var (service, refusal) = await catalog.SaveAsync(id, new ServiceInput(
            Input.Name, Input.Slug, Input.Category, Input.Summary, Input.Description, Input.Provider, Input.IsActive, Input.SortOrder),
            HttpContext.RequestAborted);
        if (service is null)
        {
            ModelState.AddModelError(refusal!.Field == "" ? "" : $"{nameof(Input)}.{refusal.Field}", l[refusal.Message, refusal.Args ?? []]);
            return Page();
        }

        StatusMessage = l["服务「{0}」已保存。", service.Name];
        return Redirect("/admin/showcase/services");
    }
}
