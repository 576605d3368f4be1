using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Modules.ServiceCenter.Domain;

namespace Portal.Modules.ServiceCenter.Areas.ServiceCenter.Pages.Admin.Services;

/// <summary>/admin/showcase/services: the whole catalogue, active or not.</summary>
[Authorize(Policy = ServiceCenterPermissions.Manage)]
public sealed class IndexModel : PageModel
{
    private ServiceCatalog catalog => this.Service<ServiceCatalog>();

    internal IReadOnlyList<CenterService> Services { get; private set; } = [];

    [Microsoft.AspNetCore.Mvc.TempData]
    public string? StatusMessage { get; set; }

    public async Task OnGetAsync() => Services = await catalog.AllAsync(HttpContext.RequestAborted);
}
