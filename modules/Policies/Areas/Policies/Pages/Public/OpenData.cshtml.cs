using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Portal.Core;
using Portal.Modules.Policies.Domain;
using Portal.Modules.Policies.Search;

namespace Portal.Modules.Policies.Areas.Policies.Pages.Public;

/// <summary>
/// /policies.json: open data of the finder under the same query string as /policies (q level dept area type segment
/// size window free sort page), plus <c>size</c> (1–100 a page, 20 by default). Enum values are given as the query
/// string writes them and by their Chinese names.
/// </summary>
[AllowAnonymous]
public sealed class OpenDataModel(IOptions<PortalOptions> options) : PageModel
{
    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
    };

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var read = new Lists.QueryReader(Request.Query);
        var size = read.Number("size", 1, 100) ?? PolicyFinder.PageSize;
        var filter = PolicyFilter.From(Request.Query);
        var result = await this.Service<PolicyFinder>().SearchAsync(filter, cancellationToken, size);
        var portal = options.Value;
        static string Slug<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();
        var body = new
        {
            query = result.Filter.ToQueryString(),
            ignoredJunk = filter.HadJunk || read.HadJunk,
            total = result.Total,
            page = result.Page,
            pageCount = result.PageCount,
            pageSize = size,
            policies = result.Hits.Select(h => new
            {
                slug = h.Slug,
                url = portal.AbsoluteUrl("/policies/" + h.Slug),
                title = h.Title,
                documentNumber = h.DocumentNumber,
                department = h.Department,
                level = Slug(h.Level),
                levelName = h.Level.ChineseName(),
                area = Slug(h.Area),
                areaName = h.Area.ChineseName(),
                type = Slug(h.Type),
                typeName = h.Type.ChineseName(),
                maxAmountWan = h.MaxAmountWan,
                grantedWithoutApplication = h.GrantedWithoutApplication,
                window = Slug(h.Window),
                windowName = FilterLabels.WindowName(h.Window),
                closesOn = h.ClosesOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                daysLeft = h.Window is PolicyWindow.Open or PolicyWindow.ClosingSoon ? h.DaysLeft : null,
                publishedAt = DateTime.SpecifyKind(h.PublishedAt, DateTimeKind.Utc),
            }),
        };
        return new JsonResult(body, Json) { ContentType = "application/json; charset=utf-8" };
    }
}
