using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.Core.Enterprises;
using Portal.Core.Modules;

namespace Portal.Web.Pages;

public sealed record SegmentCount(Segment Segment, int Enterprises, int Leading);

/// <summary>The home page: the sections the modules contribute, in order; the kernel's own figures only when there is none.</summary>
[AllowAnonymous]
public sealed class IndexModel(CoreDbContext db, IEnumerable<HomeSection> sections) : PageModel
{
    public int Enterprises { get; private set; }

    public int AboveDesignatedSize { get; private set; }

    public IReadOnlyList<SegmentCount> Segments { get; private set; } = [];

    public IReadOnlyList<HomeSection> Sections { get; } = sections.OrderBy(s => s.Order).ToList();

    public async Task OnGetAsync()
    {
        if (Sections.Count > 0)
        {
            return; // the modules' sections replace the kernel's own hero and figures
        }

        var verified = db.Enterprises.Where(e => e.Verification == VerificationState.Verified);
        var bySegment = await verified
            .GroupBy(e => e.Segment)
            .Select(g => new { Segment = g.Key, Count = g.Count(), Leading = g.Count(e => e.IsLeading), Above = g.Count(e => e.AboveDesignatedSize) })
            .ToListAsync();
        Enterprises = bySegment.Sum(s => s.Count);
        AboveDesignatedSize = bySegment.Sum(s => s.Above);
        Segments = Core.Enterprises.Segments.All
            .Select(s => bySegment.FirstOrDefault(b => b.Segment == s) is { } b ? new SegmentCount(s, b.Count, b.Leading) : new SegmentCount(s, 0, 0))
            .ToList();
    }
}
