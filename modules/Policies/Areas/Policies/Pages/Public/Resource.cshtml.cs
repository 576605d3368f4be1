using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Core.Markdown;
using Portal.Modules.Policies.Domain;
using Portal.Modules.Policies.Lists;

namespace Portal.Modules.Policies.Areas.Policies.Pages.Public;

/// <summary>/resources/{id}: one published item of the 资源清单 (description through Core's MarkdownRenderer); unknown or unpublished → 404.</summary>
[AllowAnonymous]
public sealed class ResourceModel(IMarkdownRenderer markdown) : PageModel
{
    internal Resource Resource { get; private set; } = null!;

    public IHtmlContent Description { get; private set; } = HtmlString.Empty;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await this.Service<PublicLists>().ResourceAsync(id, cancellationToken) is not { } resource)
        {
            return NotFound();
        }

        Resource = resource;
        Description = new HtmlString(markdown.ToHtml(resource.Description));
        ViewData["Title"] = resource.Title;
        return Page();
    }
}
