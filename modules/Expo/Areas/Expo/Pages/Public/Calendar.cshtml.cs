using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Portal.Core;
using Portal.Modules.Expo.Public;

namespace Portal.Modules.Expo.Areas.Expo.Pages.Public;

/// <summary>/expo.ics: every published, closed and finished expo as a subscribable iCalendar.</summary>
[AllowAnonymous]
public sealed class CalendarModel(IOptions<PortalOptions> options, TimeProvider time) : PageModel
{
    public Task<IActionResult> OnGetAsync() => this.CalendarAsync(null, options.Value, time);
}

/// <summary>/expo/{slug}.ics: one expo's iCalendar; a draft or unknown expo is 404.</summary>
[AllowAnonymous]
public sealed class ExpoCalendarFileModel(IOptions<PortalOptions> options, TimeProvider time) : PageModel
{
    public Task<IActionResult> OnGetAsync(string slug) => this.CalendarAsync(slug, options.Value, time);
}

internal static class CalendarResponse
{
    public static async Task<IActionResult> CalendarAsync(this PageModel page, string? slug, PortalOptions portal, TimeProvider time)
    {
        var expos = await page.Service<PublicExpoQueries>().CalendarAsync(slug, page.HttpContext.RequestAborted);
        if (slug is not null && expos.Count == 0)
        {
            return page.NotFound();
        }

        var name = slug is null ? portal.SiteName + " · 展销会" : expos[0].Title;
        var ics = ExpoCalendar.Write(expos, name, portal.AbsoluteUrl, time.GetUtcNow().UtcDateTime);
        var result = page.Content(ics, ExpoCalendar.ContentType);
        if (slug is not null)
        {
            page.Response.Headers.ContentDisposition = $"inline; filename=\"{slug}.ics\"";
        }

        return result;
    }
}
