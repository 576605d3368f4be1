using System.Globalization;
using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Portal.Core;
using Portal.Modules.Policies.Domain;
using Portal.Modules.Policies.Search;

namespace Portal.Modules.Policies.Areas.Policies.Pages.Public;

/// <summary>
/// /policies/feed.atom: the 20 newest published policies as Atom 1.0 (RFC 4287), under the same query-string filters as
/// /policies (a filtered feed follows a filtered finder); absolute links from Portal:PublicUrl.
/// </summary>
[AllowAnonymous]
public sealed class FeedModel(IOptions<PortalOptions> options) : PageModel
{
    public const int Size = 20;

    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var portal = options.Value;
        var filter = PolicyFilter.From(Request.Query) with { Sort = PolicySort.Newest, Page = 1 };
        var result = await this.Service<PolicyFinder>().SearchAsync(filter, cancellationToken, Size);
        var finder = portal.AbsoluteUrl(IndexModel.UrlOf(filter));
        XElement Link(string rel, string type, string href) => new(Atom + "link", new XAttribute("rel", rel), new XAttribute("type", type), new XAttribute("href", href));

        var entries = result.Hits.Select(h => new XElement(Atom + "entry",
            new XElement(Atom + "id", portal.AbsoluteUrl("/policies/" + h.Slug)),
            new XElement(Atom + "title", h.Title),
            Link("alternate", "text/html", portal.AbsoluteUrl("/policies/" + h.Slug)),
            new XElement(Atom + "published", Stamp(h.PublishedAt)),
            new XElement(Atom + "updated", Stamp(h.PublishedAt)),
            new XElement(Atom + "category", new XAttribute("term", h.Type.ToString().ToLowerInvariant()), new XAttribute("label", h.Type.ChineseName())),
            new XElement(Atom + "summary", $"{h.DocumentNumber} · {h.Department} · {h.Level.ChineseName()}级 · {h.Type.ChineseName()}")));
        var feed = new XElement(Atom + "feed",
            new XElement(Atom + "id", finder),
            new XElement(Atom + "title", portal.SiteName + " · 惠企政策"),
            new XElement(Atom + "updated", Stamp(result.Hits.Count == 0 ? DateTime.UnixEpoch : result.Hits.Max(h => h.PublishedAt))),
            Link("self", "application/atom+xml", portal.AbsoluteUrl("/policies/feed.atom" + filter.ToQueryString())),
            Link("alternate", "text/html", finder),
            new XElement(Atom + "author", new XElement(Atom + "name", portal.SiteName)),
            entries);
        var xml = new XDocument(new XDeclaration("1.0", "utf-8", null), feed);
        return Content(xml.Declaration + "\n" + xml.Root, "application/atom+xml; charset=utf-8", Encoding.UTF8);
    }

    private static string Stamp(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
