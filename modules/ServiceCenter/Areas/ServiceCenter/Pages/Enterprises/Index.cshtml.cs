using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Core.Enterprises;
using Portal.Modules.ServiceCenter.Areas.ServiceCenter.Pages.Shared;

namespace Portal.Modules.ServiceCenter.Areas.ServiceCenter.Pages.Enterprises;

/// <summary>
/// /enterprises: the directory of verified enterprises with facets (segment, town or park, size, above
/// designated size) and their counts, a name search and paging. Every filter is in the URL (a GET form),
/// so a result can be shared. Filters that make no sense are dropped with a message, never a 500.
/// </summary>
[AllowAnonymous]
public sealed class IndexModel(IEnterpriseDirectory directory) : PageModel
{
    public const int PageSize = 20;
    public const int MaxQueryLength = 50;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "segment")]
    public string? SegmentSlug { get; set; }

    [BindProperty(SupportsGet = true, Name = "town")]
    public string? TownText { get; set; }

    [BindProperty(SupportsGet = true, Name = "size")]
    public string? SizeText { get; set; }

    [BindProperty(SupportsGet = true, Name = "above")]
    public string? AboveText { get; set; }

    public Segment? Segment { get; private set; }

    public int? TownId { get; private set; }

    public SizeClass? Size { get; private set; }

    public bool? Above { get; private set; }

    /// <summary>Localization keys of the notes about filters that were dropped or shortened.</summary>
    public List<string> Notes { get; } = [];

    public IReadOnlyList<TownInfo> Towns { get; private set; } = [];

    public EnterpriseSearchResult Result { get; private set; } = null!;

    public ShowcasePager Pager { get; private set; } = null!;

    public bool Filtered => !string.IsNullOrEmpty(Q) || Segment is not null || TownId is not null || Size is not null || Above is not null;

    public static string SizeSlug(SizeClass size) => size.ToString().ToLowerInvariant();

    public async Task OnGetAsync([FromQuery(Name = "page")] string? page = null, CancellationToken cancellationToken = default)
    {
        ReadFilters();
        Towns = await directory.TownsAsync(cancellationToken);
        if (TownId is { } town && Towns.All(t => t.Id != town))
        {
            Notes.Add("没有这个镇街园区，已显示全部镇街园区。");
            TownId = null;
        }

        var pageNumber = int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p > 0 ? p : 1;
        Result = await directory.SearchAsync(
            new EnterpriseSearch(Q, Segment, TownId, Size, Above, VerifiedOnly: true, Page: pageNumber, PageSize: PageSize), cancellationToken);
        Pager = new ShowcasePager(pageNumber, PageSize, Result.Total, "/enterprises", new Dictionary<string, string?>
        {
            ["q"] = Q,
            ["segment"] = Segment?.Slug(),
            ["town"] = TownId?.ToString(CultureInfo.InvariantCulture),
            ["size"] = Size is { } s ? SizeSlug(s) : null,
            ["above"] = Above switch { true => "1", false => "0", null => null },
        });
    }

    /// <summary>The URL of the current result with one filter changed (null removes it), back on page 1.</summary>
    public string With(string key, string? value)
    {
        var query = new Dictionary<string, string?>(Pager.Query) { [key] = value };
        return (Pager with { Query = query }).UrlFor(1);
    }

    private void ReadFilters()
    {
        Q = Q?.Trim();
        if (Q is { Length: > MaxQueryLength })
        {
            Q = Q[..MaxQueryLength];
            Notes.Add("搜索词过长，只按前 50 个字搜索。");
        }

        if (!string.IsNullOrEmpty(SegmentSlug))
        {
            Segment = Segments.FromSlug(SegmentSlug);
            if (Segment is null)
            {
                Notes.Add("没有这个行业，已显示全部行业。");
            }
        }

        if (!string.IsNullOrEmpty(TownText))
        {
            if (int.TryParse(TownText, NumberStyles.None, CultureInfo.InvariantCulture, out var town))
            {
                TownId = town;
            }
            else
            {
                Notes.Add("没有这个镇街园区，已显示全部镇街园区。");
            }
        }

        if (!string.IsNullOrEmpty(SizeText))
        {
            Size = SizeClasses.All.Cast<SizeClass?>().FirstOrDefault(s => SizeSlug(s!.Value) == SizeText.ToLowerInvariant());
            if (Size is null)
            {
                Notes.Add("没有这个企业规模，已显示全部规模。");
            }
        }

        Above = AboveText switch
        {
            "1" => true,
            "0" => false,
            null or "" => null,
            _ => null,
        };
    }
}
