using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Enterprises;
using Portal.Core.Markdown;
using Portal.Modules.Expo.Contracts;
using Portal.Modules.ServiceCenter.Areas.ServiceCenter.Pages.Shared;
using Portal.Modules.ServiceCenter.Domain;

namespace Portal.Modules.ServiceCenter.Areas.ServiceCenter.Pages.Enterprises;

/// <summary>
/// /enterprises/{slug}: a verified enterprise's public page, from its PUBLISHED showcase version only
/// (a working copy or a submission never shows here), with the expos it exhibits at when the Expo module tells.
/// </summary>
[AllowAnonymous]
public sealed partial class DetailsModel(
    IEnterpriseDirectory enterprises, IMarkdownRenderer markdown, IServiceProvider services) : PageModel
{
    private ShowcaseService showcases => this.Service<ShowcaseService>();

    internal ShowcaseView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var enterprise = await enterprises.FindBySlugAsync(slug, cancellationToken);
        if (enterprise is not { Verification: VerificationState.Verified })
        {
            return NotFound();
        }

        var published = await showcases.PublishedAsync(enterprise.Id, cancellationToken);
        var expos = services.GetService<IExpoFigures>() is { } figures
            ? await figures.ExposOfEnterpriseAsync(enterprise.Id, cancellationToken)
            : null;
        View = new ShowcaseView(enterprise, published) { Expos = expos };
        ViewData["Title"] = enterprise.Name;
        ViewData["Description"] = Describe(enterprise, published?.Culture);
        return Page();
    }

    /// <summary>The first words of the culture text as plain text, else the enterprise's segment and town.</summary>
    private string Describe(EnterpriseProfile enterprise, string? culture)
    {
        var text = WebUtility.HtmlDecode(Tags().Replace(Headings().Replace(markdown.ToHtml(culture), " "), " "));
        text = Spaces().Replace(text, " ").Trim();
        if (text.Length == 0)
        {
            return $"{enterprise.Name}：{enterprise.Segment.ChineseName()} · {enterprise.TownName}";
        }

        return text.Length <= 150 ? text : text[..150] + "…";
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex("<h[1-6][^>]*>.*?</h[1-6]>", RegexOptions.Singleline)]
    private static partial Regex Headings();

    [GeneratedRegex("\\s+")]
    private static partial Regex Spaces();
}
