using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Portal.Core;
using Portal.Core.Enterprises;
using Portal.Core.Identity;
using Portal.Modules.RedHelp.Areas.RedHelp.Pages.Shared;
using Portal.Modules.RedHelp.Domain.Team;

namespace Portal.Modules.RedHelp.Areas.RedHelp.Pages.Admin.Assignments;

/// <summary>/admin/redhelp/assignments: each verified enterprise's lead helper, changed one by one or in bulk by town or segment, with the history.</summary>
[Authorize(Policy = RedHelpPermissions.Manage)]
public sealed class IndexModel(IEnterpriseDirectory enterprises, UserManager<PortalUser> users, IStringLocalizer<RedHelpResource> l) : PageModel
{
    public const string PageUrl = "/admin/redhelp/assignments";

    public int? TownId { get; private set; }

    public Segment? Segment { get; private set; }

    public string? Text { get; private set; }

    public IReadOnlyList<TownInfo> Towns { get; private set; } = [];

    public IReadOnlyList<EnterpriseProfile> Enterprises { get; private set; } = [];

    public int Total { get; private set; }

    internal IReadOnlyList<HelperCard> Helpers { get; private set; } = [];

    internal IReadOnlyDictionary<int, (string UserId, string Name)> Current { get; private set; } = new Dictionary<int, (string, string)>();

    internal IReadOnlyList<AssignmentChange> History { get; private set; } = [];

    public IReadOnlyDictionary<int, string> HistoryNames { get; private set; } = new Dictionary<int, string>();

    public Pager Pager { get; private set; } = new(1, 1, PageUrl);

    public Pager HistoryPager { get; private set; } = new(1, 1, PageUrl);

    [TempData]
    public string? StatusMessage { get; set; }

    public string ListUrl => QueryString(TownId, Segment, Text);

    public static string QueryString(int? town, Segment? segment, string? text)
    {
        var parts = new List<string>();
        if (town is { } t)
        {
            parts.Add($"town={t}");
        }

        if (segment is { } s)
        {
            parts.Add($"segment={s.Slug()}");
        }

        if (!string.IsNullOrWhiteSpace(text))
        {
            parts.Add($"q={Uri.EscapeDataString(text.Trim())}");
        }

        return parts.Count == 0 ? PageUrl : $"{PageUrl}?{string.Join('&', parts)}";
    }

    public Task OnGetAsync(
        [FromQuery(Name = "town")] int? town, [FromQuery(Name = "segment")] string? segment, [FromQuery(Name = "q")] string? q,
        [FromQuery(Name = "page")] int page = 1, [FromQuery(Name = "history")] int history = 1) =>
        LoadAsync(town, segment, q, page, history);

    /// <summary>One enterprise gets the chosen helper.</summary>
    public async Task<IActionResult> OnPostOneAsync(int enterpriseId, string? helperUserId, string? returnUrl)
    {
        var result = await this.Service<AssignmentService>().AssignAsync(enterpriseId, helperUserId, users.GetUserId(User)!, HttpContext.RequestAborted);
        return await AfterAsync(result, returnUrl);
    }

    /// <summary>Every verified enterprise of the town and/or segment gets the chosen helper.</summary>
    public async Task<IActionResult> OnPostBulkAsync(int? bulkTown, string? bulkSegment, string? helperUserId, string? returnUrl)
    {
        var segment = Segments.FromSlug(bulkSegment);
        if (!string.IsNullOrEmpty(bulkSegment) && segment is null)
        {
            return await AfterAsync(AssignmentResult.Refused("请选择列表中的行业。"), returnUrl);
        }

        var result = await this.Service<AssignmentService>().AssignManyAsync(
            new AssignmentScope(bulkTown, segment), helperUserId, users.GetUserId(User)!, HttpContext.RequestAborted);
        return await AfterAsync(result, returnUrl);
    }

    private async Task<IActionResult> AfterAsync(AssignmentResult result, string? returnUrl)
    {
        var back = returnUrl is not null && returnUrl.StartsWith(PageUrl, StringComparison.Ordinal) ? returnUrl : PageUrl;
        if (result.Refusal is null)
        {
            StatusMessage = l["已为 {0} 家企业指派联系帮办员。", result.Changed];
            return Redirect(back);
        }

        ModelState.AddModelError("", l[result.Refusal.Message, result.Refusal.Args ?? []]);
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri("http://x" + back).Query);
        await LoadAsync(
            int.TryParse(query.GetValueOrDefault("town"), out var t) ? t : null, query.GetValueOrDefault("segment"), query.GetValueOrDefault("q"),
            int.TryParse(query.GetValueOrDefault("page"), out var p) ? p : 1, 1);
        return Page();
    }

    private async Task LoadAsync(int? town, string? segment, string? q, int page, int history)
    {
        var ct = HttpContext.RequestAborted;
        Towns = await enterprises.TownsAsync(ct);
        TownId = Towns.Any(t => t.Id == town) ? town : null;
        Segment = Segments.FromSlug(segment);
        Text = string.IsNullOrWhiteSpace(q) ? null : q.Trim();
        var found = await enterprises.SearchAsync(new EnterpriseSearch(Text, Segment, TownId, Page: page, PageSize: 20), ct);
        Enterprises = found.Items;
        Total = found.Total;
        var pageCount = Pager.PageCountOf(found.Total, 20);
        Pager = new Pager(Math.Clamp(page, 1, pageCount), pageCount, ListUrl);
        var team = this.Service<TeamQueries>();
        Helpers = await team.HelpersAsync(ct);
        Current = await team.CurrentHelpersAsync(Enterprises.Select(e => e.Id).ToList(), ct);

        var changes = await this.Service<AssignmentHistory>().ChangesAsync(null, history, ct);
        History = changes.Items;
        HistoryNames = (await enterprises.ListAsync(History.Select(h => h.EnterpriseId).Distinct().ToList(), ct)).ToDictionary(e => e.Id, e => e.Name);
        var historyPages = Pager.PageCountOf(changes.Total, AssignmentHistory.PageSize);
        HistoryPager = new Pager(Math.Clamp(history, 1, historyPages), historyPages, ListUrl, "history", "history");
    }
}
