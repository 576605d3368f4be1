using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Core.Enterprises;
using Portal.Modules.ServiceCenter.Areas.ServiceCenter.Pages.Shared;

namespace Portal.Modules.ServiceCenter.Areas.ServiceCenter.Pages.Chain;

/// <summary>/chain/{segment}: a segment's verified enterprises, leading ones first; an unknown segment is a 404.</summary>
[AllowAnonymous]
public sealed class SegmentModel(IEnterpriseDirectory directory) : PageModel
{
    public const int PageSize = 50;

    public Segment Segment { get; private set; }

    public IReadOnlyList<EnterpriseProfile> Leading { get; private set; } = [];

    public IReadOnlyList<EnterpriseProfile> Members { get; private set; } = [];

    public int Total { get; private set; }

    public int AboveDesignatedSize { get; private set; }

    public ShowcasePager Pager { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string segment, [FromQuery(Name = "page")] int page = 1, CancellationToken cancellationToken = default)
    {
        if (Segments.FromSlug(segment) is not { } found)
        {
            return NotFound();
        }

        Segment = found;
        var probe = new EnterpriseSearch(Segment: found, PageSize: PageSize, Page: Math.Max(1, page));
        var result = await directory.SearchAsync(probe, cancellationToken);
        Total = result.Total;
        AboveDesignatedSize = result.AboveDesignatedSize;
        Pager = new ShowcasePager(Math.Max(1, page), PageSize, Total, "/chain/" + found.Slug(), new Dictionary<string, string?>());
        Leading = result.Items.Where(e => e.IsLeading).ToList();
        Members = result.Items.Where(e => !e.IsLeading).ToList();
        return Page();
    }
}
