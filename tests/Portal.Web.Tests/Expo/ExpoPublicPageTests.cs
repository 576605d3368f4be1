using System.Net;
using System.Text.RegularExpressions;
using Ical.Net.CalendarComponents;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Core.Enterprises;
using Portal.Core.Time;
using Portal.Modules.Expo.Contracts;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests.Expo;

/// <summary>
/// The Expo module's public, read-only pages on the real host with its demo data: the list and archive,
/// an expo's booth map (SVG and table), its exhibitors, drafts hidden, and the iCalendar files parsed back with Ical.Net.
/// </summary>
[Collection(WebCollection.Name)]
public sealed partial class ExpoPublicPageTests(PortalFactory factory)
{
    private async Task<(HttpStatusCode Status, string Body, string? ContentType)> GetAsync(string path)
    {
        using var client = factory.CreatePortalClient();
        var response = await client.GetAsync(path);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(), response.Content.Headers.ContentType?.ToString());
    }

    private async Task<string> HtmlAsync(string path)
    {
        var (status, body, _) = await GetAsync(path);
        Assert.True(status == HttpStatusCode.OK, $"GET {path}: {(int)status}");
        return WebUtility.HtmlDecode(body);
    }

    private DateOnly Today() => factory.Services.GetRequiredService<TimeProvider>().ChinaToday();

    [Fact]
    public async Task The_list_shows_the_open_expo_and_ten_past_ones_across_pages_but_no_draft()
    {
        var first = await HtmlAsync("/expo");

        var upcoming = Section(first, "upcoming");
        Assert.Contains("href=\"/expo/winter-2026\"", upcoming);
        Assert.Contains("报名中", upcoming);
        Assert.Contains("一号展厅", upcoming);
        Assert.Contains("29 个展位", upcoming);
        Assert.DoesNotContain("fabrics-2027", first);
        Assert.True(upcoming.IndexOf("winter-2026", StringComparison.Ordinal) < upcoming.IndexOf("spring-festival-2027", StringComparison.Ordinal),
            "soonest first");

        var archive = ExpoLinks().Matches(Section(first, "archive")).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(10, archive.Count);
        Assert.Equal(10, archive.Distinct().Count());
        Assert.All(archive, slug => Assert.StartsWith("expo-", slug, StringComparison.Ordinal));
        Assert.Contains("共 10 届，第 1/1 页", first);
        foreach (var odd in new[] { "/expo?page=99", "/expo?page=0", "/expo?page=abc" })
        {
            Assert.Equal(archive, ExpoLinks().Matches(Section(await HtmlAsync(odd), "archive")).Select(m => m.Groups[1].Value));
        }

        Assert.Equal(archive.OrderByDescending(s => s, StringComparer.Ordinal), archive);
        Assert.Contains("已结束", Section(first, "archive"));
    }

    [Fact]
    public async Task The_open_expo_shows_an_svg_map_of_the_hall_and_a_table_of_its_booths()
    {
        var html = await HtmlAsync("/expo/winter-2026");

        var svg = SvgMap().Match(html);
        Assert.True(svg.Success, "an SVG booth map");
        Assert.Contains("role=\"img\"", svg.Value);
        Assert.Contains("<title id=\"booth-map-title\">", svg.Value);
        Assert.Contains("<desc id=\"booth-map-desc\">", svg.Value);
        Assert.Matches("viewBox=\"0 0 1000 \\d+\"", svg.Value);
        var statuses = BoothStatuses().Matches(svg.Value).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(30, statuses.Count);
        Assert.Equal(29, statuses.Count(s => s != "blocked"));
        Assert.Equal(1, statuses.Count(s => s == "blocked"));
        var taken = statuses.Count(s => s == "taken");
        Assert.InRange(taken, 1, 2);
        Assert.Contains($"共 30 个展位：可申请 {29 - taken} 个，已占用 {taken} 个，不开放 1 个。", html);

        var table = BoothTable().Match(html);
        Assert.True(table.Success, "a table alternative");
        Assert.Equal(30, TableRows().Matches(table.Value).Count);
        Assert.Contains("<th scope=\"row\">A01</th>", table.Value);
        Assert.Contains("标准展位", table.Value);
        Assert.Contains("光地", table.Value);
        Assert.DoesNotContain("style=", html);
    }

    [Fact]
    public async Task A_draft_or_unknown_expo_is_not_found_and_has_no_calendar()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync("/expo/fabrics-2027")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync("/expo/no-such-expo")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync("/expo/fabrics-2027.ics")).Status);
    }

    [Fact]
    public async Task A_finished_expo_lists_its_exhibitors_linked_to_their_pages()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CoreDbContext>();
        var figures = scope.ServiceProvider.GetRequiredService<IExpoFigures>();
        var directory = scope.ServiceProvider.GetRequiredService<IEnterpriseDirectory>();
        var ids = await db.Enterprises.Where(e => e.Verification == VerificationState.Verified).Select(e => e.Id).ToListAsync();
        foreach (var enterprise in await directory.ListAsync(ids))
        {
            var past = (await figures.ExposOfEnterpriseAsync(enterprise.Id)).FirstOrDefault(x => x.EndsOn < Today());
            if (past is null)
            {
                continue;
            }

            var html = await HtmlAsync(new Uri(past.Url, UriKind.RelativeOrAbsolute).IsAbsoluteUri ? new Uri(past.Url).AbsolutePath : past.Url);
            Assert.Contains($"<a href=\"/enterprises/{enterprise.Slug}\">{enterprise.Name}</a>", html);
            Assert.Contains("已结束", html);
            return;
        }

        Assert.Fail("the demo data has an exhibitor at a finished expo");
    }

    [Fact]
    public async Task The_calendar_holds_every_published_and_finished_expo_as_all_day_events()
    {
        var (status, body, contentType) = await GetAsync("/expo.ics");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("text/calendar; charset=utf-8", contentType);
        Assert.DoesNotMatch("[^\r]\n", body);
        Assert.All(body.Split("\r\n"), line => Assert.True(System.Text.Encoding.UTF8.GetByteCount(line) <= 75, $"unfolded line: {line}"));
        var calendar = Ical.Net.Calendar.Load(body)!;
        Assert.Equal(12, calendar.Events.Count);
        Assert.Equal(12, calendar.Events.Select(e => e.Uid).Distinct().Count());
        Assert.DoesNotContain(calendar.Events, e => e.Uid == "fabrics-2027@portal");
        var winter = Assert.Single(calendar.Events, e => e.Uid == "winter-2026@portal");
        AssertWinter(winter);
    }

    [Fact]
    public async Task One_expo_has_its_own_calendar_file()
    {
        var (status, body, contentType) = await GetAsync("/expo/winter-2026.ics");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("text/calendar; charset=utf-8", contentType);
        var calendar = Ical.Net.Calendar.Load(body)!;
        AssertWinter(Assert.Single(calendar.Events));
    }

    private void AssertWinter(CalendarEvent winter)
    {
        var starts = Today().AddDays(24);
        Assert.Equal("2026 冬季针纺产品展销会", winter.Summary);
        Assert.Equal("一号展厅", winter.Location);
        Assert.False(winter.DtStart!.HasTime);
        Assert.Equal(starts, DateOnly.FromDateTime(winter.DtStart.Value));
        Assert.Equal(starts.AddDays(3), DateOnly.FromDateTime(winter.DtEnd!.Value));
        Assert.Equal("http://localhost/expo/winter-2026", winter.Url!.ToString().Replace(":5080", "", StringComparison.Ordinal));
        Assert.NotNull(winter.DtStamp);
    }

    private static string Section(string html, string testId)
    {
        var start = html.IndexOf($"data-testid=\"{testId}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"section {testId}");
        return html[start..html.IndexOf("</ul>", start, StringComparison.Ordinal)];
    }

    [GeneratedRegex("href=\"/expo/([a-z0-9-]+)\"")]
    private static partial Regex ExpoLinks();

    [GeneratedRegex("<svg class=\"booth-map\".*?</svg>", RegexOptions.Singleline)]
    private static partial Regex SvgMap();

    [GeneratedRegex("data-testid=\"booth\" data-code=\"[A-Z0-9]+\" data-status=\"([a-z]+)\"")]
    private static partial Regex BoothStatuses();

    [GeneratedRegex("<table class=\"table table-sm booth-table\".*?</table>", RegexOptions.Singleline)]
    private static partial Regex BoothTable();

    [GeneratedRegex("<tr data-status=")]
    private static partial Regex TableRows();
}
