using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Modules.ServiceCenter.Home;

namespace Portal.Modules.ServiceCenter.Areas.ServiceCenter.Pages.Admin.Figures;

/// <summary>/admin/showcase/figures: each home-page figure as it is now, where it comes from, or that its module does not provide it.</summary>
[Authorize(Policy = ServiceCenterPermissions.Manage)]
public sealed class IndexModel : PageModel
{
    public IReadOnlyList<LiveFigure> Figures { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Figures = await this.Service<LiveFigures>().ComputeAsync(cancellationToken);
}
