using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Core.Markdown;
using Portal.Modules.Expo.Domain;
using Portal.Modules.Expo.Spaces;

namespace Portal.Modules.Expo.Areas.Expo.Pages.Spaces;

/// <summary>/expo/spaces/{slug}?month=yyyy-MM: one space, its description and the month's availability calendar. Unknown or inactive space → 404.</summary>
[AllowAnonymous]
public sealed class DetailsModel(IMarkdownRenderer markdown) : PageModel
{
    internal ExhibitionSpace Space { get; private set; } = null!;

    public AvailabilityMonth Month { get; private set; } = null!;

    public IHtmlContent Description { get; private set; } = HtmlString.Empty;

    public async Task<IActionResult> OnGetAsync(string slug, string? month)
    {
        var queries = this.Service<SpaceQueries>();
        if (await queries.FindAsync(slug, HttpContext.RequestAborted) is not { } space)
        {
            return NotFound();
        }

        Space = space;
        Month = await queries.MonthAsync(space, month, HttpContext.RequestAborted);
        Description = new HtmlString(markdown.ToHtml(space.Description));
        ViewData["Title"] = space.Name;
        return Page();
    }
}
