using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Core.Markdown;
using Portal.Modules.ServiceCenter.Domain;

namespace Portal.Modules.ServiceCenter.Areas.ServiceCenter.Pages.News;

/// <summary>/news/{slug}: one published article; a draft, a scheduled article or an unknown slug is 404.</summary>
[AllowAnonymous]
public sealed class ArticleModel(
    IMarkdownRenderer markdown) : PageModel
{
    private NewsQueries news => this.Service<NewsQueries>();

    internal NewsReading Reading { get; private set; } = null!;

    public string BodyHtml { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string slug)
    {
        if (await news.ReadAsync(slug, HttpContext.RequestAborted) is not { } reading)
        {
            return NotFound();
        }

        Reading = reading;
        BodyHtml = markdown.ToHtml(reading.Article.Body);
        return Page();
    }
}
