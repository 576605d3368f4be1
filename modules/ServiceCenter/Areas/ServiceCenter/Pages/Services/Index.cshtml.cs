using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Modules.ServiceCenter.Domain;

namespace Portal.Modules.ServiceCenter.Areas.ServiceCenter.Pages.Services;

/// <summary>/services: the active catalogue grouped by category, and how many services were delivered.</summary>
[AllowAnonymous]
public sealed class IndexModel : PageModel
{
    private ServiceCatalog catalog => this.Service<ServiceCatalog>();
    private AppointmentQueries appointments => this.Service<AppointmentQueries>();

    internal IReadOnlyList<IGrouping<ServiceCategory, CenterService>> Groups { get; private set; } = [];

    public int Delivered { get; private set; }

    public async Task OnGetAsync()
    {
        var services = await catalog.ActiveAsync(HttpContext.RequestAborted);
        Groups = services.GroupBy(s => s.Category)
            .OrderBy(g => ServiceCatalog.Categories.ToList().IndexOf(g.Key))
            .ToList();
        Delivered = await appointments.DeliveredCountAsync(HttpContext.RequestAborted);
    }
}
