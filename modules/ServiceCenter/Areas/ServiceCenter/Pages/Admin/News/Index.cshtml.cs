using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Portal.Modules.ServiceCenter.Areas.ServiceCenter.Pages.Shared;
using Portal.Modules.ServiceCenter.Domain;

namespace Portal.Modules.ServiceCenter.Areas.ServiceCenter.Pages.Admin.News;

/// <summary>/admin/showcase/news: every article, filtered by state; unpublish from the list.</summary>
[Authorize(Policy = ServiceCenterPermissions.Manage)]
public sealed class IndexModel(
    IStringLocalizer<ServiceCenterResource> l) : PageModel
{
    private NewsQueries queries => this.Service<NewsQueries>();
    private NewsService news => this.Service<NewsService>();

    internal ListPage<NewsArticle> Articles { get; private set; } = new([], 0, 1, 20);

    internal NewsState? State { get; private set; }

    internal IReadOnlyDictionary<NewsState, int> Counts { get; private set; } = new Dictionary<NewsState, int>();

    public ListPager Pager { get; private set; } = null!;

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task OnGetAsync([FromQuery(Name = "state")] string? state, [FromQuery(Name = "page")] int page = 1)
    {
        State = Enum.TryParse<NewsState>(state, ignoreCase: true, out var s) && Enum.IsDefined(s) ? s : null;
        Articles = await queries.AllAsync(State, page, HttpContext.RequestAborted);
        Counts = await queries.CountsAsync(HttpContext.RequestAborted);
        Pager = new ListPager(Articles.Page, Articles.PageCount, "/admin/showcase/news",
            new Dictionary<string, string?> { ["state"] = State?.ToString().ToLowerInvariant() });
    }

    public async Task<IActionResult> OnPostUnpublishAsync(int id)
    {
        var refusal = await news.UnpublishAsync(id, HttpContext.RequestAborted);
        StatusMessage = refusal is null ? l["已撤回为草稿。"] : l[refusal.Message, refusal.Args ?? []];
        return Redirect("/admin/showcase/news");
    }
}
