using Microsoft.Extensions.DependencyInjection;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Portal.Core;
using Portal.Modules.ServiceCenter.Domain;

namespace Portal.Modules.ServiceCenter.Areas.ServiceCenter.Pages.News;

/// <summary>/news/feed.atom: the latest 20 published articles as Atom 1.0 (RFC 4287), absolute links from Portal:PublicUrl.</summary>
[AllowAnonymous]
public sealed class FeedModel(
    IOptions<PortalOptions> options) : PageModel
{
    private NewsQueries news => this.Service<NewsQueries>();

    public static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    public async Task<IActionResult> OnGetAsync()
    {
        var portal = options.Value;
        var articles = await news.LatestAsync(NewsRules.FeedSize, HttpContext.RequestAborted);
        var updated = articles.Count == 0 ? DateTime.UnixEpoch : articles.Max(a => Latest(a));
        var feed = new XElement(Atom + "feed",
            new XElement(Atom + "id", portal.AbsoluteUrl("/news")),
            new XElement(Atom + "title", portal.SiteName + " · 新闻动态"),
            new XElement(Atom + "subtitle", "党建活动、展销会、服务动态与政策解读"),
            new XElement(Atom + "updated", Stamp(updated)),
            new XElement(Atom + "link", new XAttribute("rel", "self"), new XAttribute("type", "application/atom+xml"), new XAttribute("href", portal.AbsoluteUrl("/news/feed.atom"))),
            new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("type", "text/html"), new XAttribute("href", portal.AbsoluteUrl("/news"))),
            new XElement(Atom + "author", new XElement(Atom + "name", portal.SiteName)),
            articles.Select(a => new XElement(Atom + "entry",
                new XElement(Atom + "id", portal.AbsoluteUrl("/news/" + a.Slug)),
                new XElement(Atom + "title", a.Title),
                new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("type", "text/html"), new XAttribute("href", portal.AbsoluteUrl("/news/" + a.Slug))),
                new XElement(Atom + "published", Stamp(a.PublishedAt!.Value)),
                new XElement(Atom + "updated", Stamp(Latest(a))),
                new XElement(Atom + "category", new XAttribute("term", a.Category.Slug()), new XAttribute("label", a.Category.ChineseName())),
                new XElement(Atom + "summary", a.Summary.Length > 0 ? a.Summary : a.Title))));
        var xml = new StringBuilder();
        await using (var writer = XmlWriter.Create(xml, new XmlWriterSettings { Async = true, Indent = true, Encoding = Encoding.UTF8 }))
        {
            await new XDocument(new XDeclaration("1.0", "utf-8", null), feed).SaveAsync(writer, HttpContext.RequestAborted);
        }

        return Content(xml.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal), "application/atom+xml; charset=utf-8");
    }

    private static DateTime Latest(NewsArticle a) => a.UpdatedAt > a.PublishedAt!.Value ? a.UpdatedAt : a.PublishedAt.Value;

    private static string Stamp(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
}
