using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Portal.Core;

namespace Portal.Modules.ServiceCenter.Areas.ServiceCenter.Pages.Seo;

/// <summary>/robots.txt: everything public may be crawled; the back office, personal pages and account pages may not.</summary>
[AllowAnonymous]
public sealed class RobotsModel(IOptions<PortalOptions> portal) : PageModel
{
    public static readonly string[] Disallowed = ["/admin", "/my", "/account"];

    public IActionResult OnGet()
    {
        var lines = new List<string> { "User-agent: *", "Allow: /" };
        lines.AddRange(Disallowed.Select(p => "Disallow: " + p));
        lines.Add("");
        lines.Add("Sitemap: " + portal.Value.AbsoluteUrl("/sitemap.xml"));
        return Content(string.Join("\n", lines) + "\n", "text/plain; charset=utf-8");
    }
}
