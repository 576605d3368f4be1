using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Portal.Core.Identity;
using Portal.Core.Markdown;
using Portal.Core.Time;
using Portal.Modules.ServiceCenter.Domain;

namespace Portal.Modules.ServiceCenter.Areas.ServiceCenter.Pages.Admin.News;

/// <summary>
/// /admin/showcase/news/edit/{id?}: write or edit an article, with a cover picture, a Markdown preview
/// (a submit button without JavaScript, live with news-preview.js), and its state: save, publish now,
/// schedule, back to draft. A refused save changes nothing and stores no file.
/// </summary>
[Authorize(Policy = ServiceCenterPermissions.Manage)]
[RequestFormLimits(MultipartBodyLengthLimit = 8 * 1024 * 1024)]
[RequestSizeLimit(8 * 1024 * 1024)]
public sealed class EditModel(
    IMarkdownRenderer markdown,
    UserManager<PortalUser> users,
    TimeProvider time,
    IStringLocalizer<ServiceCenterResource> l) : PageModel
{
    private NewsQueries queries => this.Service<NewsQueries>();
    private NewsService news => this.Service<NewsService>();

    internal NewsArticle? Article { get; private set; }

    [BindProperty]
    public NewsForm Input { get; set; } = new();

    /// <summary>The publish time for "schedule", in Asia/Shanghai time.</summary>
    [BindProperty]
    public DateTime? PublishAt { get; set; }

    [BindProperty]
    public IFormFile? Cover { get; set; }

    public string? PreviewHtml { get; private set; }

    public string MinPublishAt { get; private set; } = "";

    [TempData]
    public string? StatusMessage { get; set; }

    public sealed class NewsForm
    {
        public string? Title { get; set; }

        public string? Slug { get; set; }

        public string? Summary { get; set; }

        public NewsCategory Category { get; set; } = NewsCategory.PartyBuilding;

        public string? Body { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(int? id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (Article is { } a)
        {
            Input = new NewsForm { Title = a.Title, Slug = a.Slug, Summary = a.Summary, Category = a.Category, Body = a.Body };
            PublishAt = a.PublishAt is { } at ? ChinaTime.ToChina(at) : null;
            PreviewHtml = markdown.ToHtml(a.Body);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, string? intent)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (intent == "preview")
        {
            PreviewHtml = markdown.ToHtml(Input.Body);
            return Page();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var what = intent switch
        {
            "publish" => NewsIntent.Publish,
            "schedule" => NewsIntent.Schedule,
            "draft" => NewsIntent.Draft,
            _ => NewsIntent.Keep,
        };
        await using var upload = Cover is { Length: > 0 } ? Cover.OpenReadStream() : null;
        var cover = upload is null ? null : new CoverUpload(upload, Cover!.FileName);
        var (article, refusal) = await news.SaveAsync(
            id, new NewsInput(Input.Title, Input.Slug, Input.Summary, Input.Category, Input.Body), what, PublishAt, cover,
            users.GetUserId(User)!, HttpContext.RequestAborted);
        if (article is null)
        {
            var key = refusal!.Field switch
            {
                "" => "",
                "Cover" or "PublishAt" => refusal.Field,
                _ => $"{nameof(Input)}.{refusal.Field}",
            };
            ModelState.AddModelError(key, l[refusal.Message, refusal.Args ?? []]);
            return Page();
        }

        StatusMessage = article.State switch
        {
            NewsState.Published => l["已保存，新闻已发布。"],
            NewsState.Scheduled => l["已保存，将于 {0}（北京时间）自动发布。", ChinaTime.Format(article.PublishAt!.Value)],
            _ => l["已保存为草稿。"],
        };
        return Redirect($"/admin/showcase/news/edit/{article.Id}");
    }

    /// <summary>The live preview: the Markdown of the body as the public page will show it (the one safe renderer).</summary>
    public IActionResult OnPostPreview() => Content(markdown.ToHtml(Input.Body), "text/html; charset=utf-8");

    private async Task<bool> LoadAsync(int? id)
    {
        MinPublishAt = time.ChinaNow().AddMinutes(1).ToString("yyyy-MM-dd'T'HH:mm");
        if (id is null)
        {
            return true;
        }

        Article = await queries.FindAsync(id.Value, HttpContext.RequestAborted);
        return Article is not null;
    }
}
