using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Core.Enterprises;
using Portal.Modules.ServiceCenter.Areas.ServiceCenter.Pages.Shared;
using Portal.Modules.ServiceCenter.Domain;

namespace Portal.Modules.ServiceCenter.Areas.ServiceCenter.Pages.Admin.Moderation;

/// <summary>/admin/showcase/moderation: the showcase versions waiting for review, oldest first.</summary>
[Authorize(Policy = ServiceCenterPermissions.Manage)]
public sealed class IndexModel(IEnterpriseDirectory enterprises) : PageModel
{
    private ShowcaseService showcases => this.Service<ShowcaseService>();

    internal IReadOnlyList<(ShowcaseVersion Version, EnterpriseProfile? Enterprise)> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var queue = await showcases.QueueAsync(cancellationToken);
        var profiles = (await enterprises.ListAsync(queue.Select(v => v.EnterpriseId).Distinct().ToList(), cancellationToken))
            .ToDictionary(e => e.Id);
        Items = queue.Select(v => (v, profiles.GetValueOrDefault(v.EnterpriseId))).ToList();
    }
}
