using System.Globalization;
using System.Xml.Linq;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Core;
using Portal.Core.Enterprises;
using Portal.Core.Modules;
using Portal.Modules.ServiceCenter.Data;
using Portal.Modules.ServiceCenter.Domain;

namespace Portal.Modules.ServiceCenter.Areas.ServiceCenter.Pages.Seo;

/// <summary>
/// /sitemap.xml: the home page, every module's public menu entry, the center and its halls, the chain
/// and its segments, the directory and every verified enterprise's page, and every published news article.
/// </summary>
[AllowAnonymous]
public sealed class SitemapModel(IEnterpriseDirectory directory, IEnumerable<IPortalModule> modules, IOptions<PortalOptions> portal) : PageModel
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var db = this.Service<ServiceCenterDbContext>();
        var urls = new List<(string Path, DateTime? Modified)> { ("/", null), ("/center", null), ("/chain", null), ("/enterprises", null) };
        urls.AddRange(modules.SelectMany(m => m.Navigation)
            .Where(n => n.Menu == NavMenu.Public && n.Permission is null)
            .OrderBy(n => n.Order)
            .Select(n => (n.Url, (DateTime?)null)));
        urls.AddRange((await db.Halls.AsNoTracking().OrderBy(h => h.SortOrder).Select(h => h.Slug).ToListAsync(cancellationToken))
            .Select(slug => ("/center/halls/" + slug, (DateTime?)null)));
        urls.AddRange(Segments.All.Select(s => ("/chain/" + s.Slug(), (DateTime?)null)));
        urls.AddRange((await VerifiedSlugsAsync(cancellationToken)).Select(slug => ("/enterprises/" + slug, (DateTime?)null)));
        urls.AddRange((await db.News.AsNoTracking()
                .Where(n => n.State == NewsState.Published)
                .OrderByDescending(n => n.PublishedAt)
                .Select(n => new { n.Slug, n.UpdatedAt })
                .ToListAsync(cancellationToken))
            .Select(n => ("/news/" + n.Slug, (DateTime?)n.UpdatedAt)));

        var options = portal.Value;
        var document = new XDocument(new XDeclaration("1.0", "utf-8", null), new XElement(Ns + "urlset",
            urls.DistinctBy(u => u.Path).Select(u => new XElement(Ns + "url",
                new XElement(Ns + "loc", options.AbsoluteUrl(u.Path)),
                u.Modified is { } m ? new XElement(Ns + "lastmod", m.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) : null))));
        return Content(document.Declaration + "\n" + document.Root, "application/xml; charset=utf-8");
    }

    /// <summary>Every verified enterprise, read a page of the directory at a time.</summary>
    private async Task<List<string>> VerifiedSlugsAsync(CancellationToken cancellationToken)
    {
        const int pageSize = 100;
        var slugs = new List<string>();
        for (var page = 1; ; page++)
        {
            var result = await directory.SearchAsync(new EnterpriseSearch(Page: page, PageSize: pageSize), cancellationToken);
            slugs.AddRange(result.Items.Select(e => e.Slug));
            if (page * pageSize >= result.Total || result.Items.Count == 0)
            {
                return slugs;
            }
        }
    }
}
