using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Core.Enterprises;

namespace Portal.Modules.ServiceCenter.Areas.ServiceCenter.Pages.Chain;

/// <summary>/chain: the six segments as a chain, each with its number of verified enterprises.</summary>
[AllowAnonymous]
public sealed class IndexModel(IEnterpriseDirectory directory) : PageModel
{
    public IReadOnlyDictionary<Segment, int> Counts { get; private set; } = new Dictionary<Segment, int>();

    public int Total { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var result = await directory.SearchAsync(new EnterpriseSearch(PageSize: 1), cancellationToken);
        Counts = result.BySegment;
        Total = result.Total;
    }

    public int Count(Segment segment) => Counts.GetValueOrDefault(segment);
}
