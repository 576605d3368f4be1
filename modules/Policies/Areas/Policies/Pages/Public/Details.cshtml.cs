using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Markdown;
using Portal.Core.Time;
using Portal.Modules.Policies.Data;
using Portal.Modules.Policies.Domain;
using Portal.Modules.Policies.Search;

namespace Portal.Modules.Policies.Areas.Policies.Pages.Public;

/// <summary>/policies/{slug}: the summary box, the body (Core's MarkdownRenderer) and the versions. Unknown, draft or scheduled → 404.</summary>
[AllowAnonymous]
public sealed class DetailsModel(IMarkdownRenderer markdown, TimeProvider time) : PageModel
{
    internal Policy Policy { get; private set; } = null!;

    internal IReadOnlyList<PolicyVersion> Versions { get; private set; } = [];

    public IHtmlContent Body { get; private set; } = HtmlString.Empty;

    public PolicyWindow Window { get; private set; }

    public int? DaysLeft { get; private set; }

    /// <summary>The source link when it is a plain http(s) address, else null.</summary>
    public string? SourceUrl { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var db = this.Service<PoliciesDbContext>();
        var policy = await db.Policies.AsNoTracking().FirstOrDefaultAsync(p => p.Slug == slug, cancellationToken);
        if (policy is null || policy.State is PolicyState.Draft or PolicyState.Scheduled)
        {
            return NotFound();
        }

        Policy = policy;
        var today = time.ChinaToday();
        Window = PolicyFinder.WindowOf(policy, today);
        DaysLeft = Window is PolicyWindow.Open or PolicyWindow.ClosingSoon ? policy.DaysLeft(today) : null;
        SourceUrl = Uri.TryCreate(policy.SourceUrl, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri.AbsoluteUri : null;
        Body = new HtmlString(markdown.ToHtml(policy.BodyMarkdown));
        Versions = await PolicyHistory.VersionsAsync(db, policy.Id, cancellationToken);
        ViewData["Title"] = policy.Title;
        return Page();
    }

    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "";
}
