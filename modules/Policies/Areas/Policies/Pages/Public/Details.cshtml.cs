using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Files;
using Portal.Core.Markdown;
using Portal.Core.Time;
using Portal.Modules.Policies.Data;
using Portal.Modules.Policies.Domain;
using Portal.Modules.Policies.Search;

namespace Portal.Modules.Policies.Areas.Policies.Pages.Public;

/// <summary>/policies/{slug}: the summary box, the body (Core's MarkdownRenderer), the attachments (download) and the versions with a diff between two. Unknown, draft or scheduled → 404.</summary>
[AllowAnonymous]
public sealed class DetailsModel(IMarkdownRenderer markdown, TimeProvider time) : PageModel
{
    internal Policy Policy { get; private set; } = null!;

    internal VersionComparison Comparison { get; private set; } = new([], 0, 0, null);

    /// <summary>The files a visitor may download: those of a published or expired policy (not of a withdrawn one).</summary>
    internal IReadOnlyList<PolicyAttachment> Attachments { get; private set; } = [];

    public IHtmlContent Body { get; private set; } = HtmlString.Empty;

    public PolicyWindow Window { get; private set; }

    public int? DaysLeft { get; private set; }

    /// <summary>The source link when it is a plain http(s) address, else null.</summary>
    public string? SourceUrl { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, int? from, int? to, CancellationToken cancellationToken)
    {
        var db = this.Service<PoliciesDbContext>();
        var policy = await db.Policies.AsNoTracking().Include(p => p.Attachments).FirstOrDefaultAsync(p => p.Slug == slug, cancellationToken);
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
        Comparison = await VersionComparison.LoadAsync(db, policy.Id, from, to, cancellationToken);
        Attachments = policy.State is PolicyState.Published or PolicyState.Expired ? [.. policy.Attachments.OrderBy(a => a.Id)] : [];
        ViewData["Title"] = policy.Title;
        return Page();
    }

    /// <summary>?handler=Download&amp;attachmentId=N: a file of a published or expired policy; anything else 404.</summary>
    public async Task<IActionResult> OnGetDownloadAsync(string slug, int attachmentId, CancellationToken cancellationToken)
    {
        var policyId = await this.Service<PoliciesDbContext>().Policies.Where(p => p.Slug == slug).Select(p => (int?)p.Id).FirstOrDefaultAsync(cancellationToken);
        var opened = policyId is { } id ? await this.Service<PolicyAttachments>().OpenAsync(id, attachmentId, publishedOnly: true, cancellationToken) : null;
        return opened is { } o ? File(o.Content, o.Attachment.Kind.ContentType(), o.Attachment.FileName) : NotFound();
    }

    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "";
}
