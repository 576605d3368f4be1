using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Modules.ServiceCenter.Areas.ServiceCenter.Pages.Shared;
using Portal.Modules.ServiceCenter.Domain;

namespace Portal.Modules.ServiceCenter.Areas.ServiceCenter.Pages.News;

/// <summary>/news: published articles, newest first, 10 a page, filtered by ?category=party-building.</summary>
[AllowAnonymous]
public sealed class IndexModel : PageModel
{
    private NewsQueries news => this.Service<NewsQueries>();

    internal ListPage<NewsArticle> Articles { get; private set; } = new([], 0, 1, NewsRules.PageSize);

    internal NewsCategory? Category { get; private set; }

    public ListPager Pager { get; private set; } = null!;

    public async Task OnGetAsync([FromQuery(Name = "category")] string? category, [FromQuery(Name = "page")] int page = 1)
    {
        Category = NewsRules.CategoryFromSlug(category);
        Articles = await news.PublishedAsync(Category, page, HttpContext.RequestAborted);
        Pager = new ListPager(Articles.Page, Articles.PageCount, "/news",
            new Dictionary<string, string?> { ["category"] = Category?.Slug() });
    }
}
