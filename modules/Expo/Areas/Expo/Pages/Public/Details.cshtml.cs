using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Html;
using Portal.Core.Enterprises;
using Portal.Core.Markdown;
using Portal.Core.Time;
using Portal.Modules.Expo.Domain;
using Portal.Modules.Expo.Public;

namespace Portal.Modules.Expo.Areas.Expo.Pages.Public;

/// <summary>/expo/{slug}: an expo's details, booth map (SVG with a table alternative) and exhibitors. Draft or unknown → 404.</summary>
[AllowAnonymous]
public sealed class DetailsModel(IEnterpriseDirectory enterprises, IMarkdownRenderer markdown, TimeProvider time) : PageModel
{
    private PublicExpoQueries expos => this.Service<PublicExpoQueries>();

    internal ExpoDetails Details { get; private set; } = null!;

    internal ExpoSummary Summary { get; private set; } = null!;

    internal IReadOnlyList<EnterpriseProfile> Exhibitors { get; private set; } = [];

    public IHtmlContent Description { get; private set; } = HtmlString.Empty;

    /// <summary>Published and within its application window: the page offers to apply.</summary>
    public bool IsOpen { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (await expos.FindAsync(slug, cancellationToken) is not { } details)
        {
            return NotFound();
        }

        Details = details;
        var expo = details.Expo;
        Summary = new ExpoSummary(expo.Slug, expo.Title, expo.StartsOn, expo.EndsOn, details.Hall.Name, expo.State, expo.OfferedBooths.Count);
        Exhibitors = details.ExhibitorIds.Count == 0
            ? []
            : (await enterprises.ListAsync(details.ExhibitorIds, cancellationToken)).OrderBy(e => e.Name, StringComparer.Ordinal).ToList();
        IsOpen = expo.IsOpenForApplications(time.GetUtcNow().UtcDateTime);
        Description = new HtmlString(markdown.ToHtml(expo.Description));
        ViewData["Title"] = expo.Title;
        ViewData["Description"] = expo.Theme;
        return Page();
    }

    public static string ChinaTimeText(DateTime utc) => ChinaTime.Format(utc);
}
