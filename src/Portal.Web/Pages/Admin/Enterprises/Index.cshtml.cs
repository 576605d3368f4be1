using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.Core.Enterprises;
using Portal.Core.Security;
using Portal.Web.Hosting;

namespace Portal.Web.Pages.Admin.Enterprises;

/// <summary>Staff review registered enterprises: the queue of unverified ones first.</summary>
[Authorize(Policy = CorePermissions.VerifyEnterprises)]
public sealed class IndexModel(CoreDbContext db) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)]
    public VerificationState? State { get; set; } = VerificationState.Unverified;

    [BindProperty(SupportsGet = true)]
    public Segment? Segment { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    /// <summary>From "?page=": Razor Pages' own "page" route value would shadow a bound property of that name.</summary>
    public int PageNumber { get; private set; } = 1;

    public IReadOnlyList<Enterprise> Items { get; private set; } = [];

    public Paging Paging { get; private set; } = null!;

    public async Task OnGetAsync([FromQuery(Name = "page")] int page = 1)
    {
        var query = db.Enterprises.AsNoTracking().Include(e => e.Town).AsQueryable();
        if (State is { } state && Enum.IsDefined(state))
        {
            query = query.Where(e => e.Verification == state);
        }

        if (Segment is { } segment && Enum.IsDefined(segment))
        {
            query = query.Where(e => e.Segment == segment);
        }

        if (!string.IsNullOrWhiteSpace(Q))
        {
            var q = Q.Trim();
            var code = CreditCode.Normalize(q);
            query = query.Where(e => e.Name.Contains(q) || e.CreditCode == code);
        }

        var total = await query.CountAsync();
        PageNumber = Math.Max(1, page);
        Paging = new Paging(PageNumber, PageSize, total, "/admin/enterprises", new Dictionary<string, string?>
        {
            ["state"] = State?.ToString() ?? "",
            ["segment"] = Segment?.ToString(),
            ["q"] = Q,
        });
        Items = await query.OrderByDescending(e => e.CreatedAt).ThenBy(e => e.Id).Skip(Paging.Skip).Take(PageSize).ToListAsync();
    }
}
