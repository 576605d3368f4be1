using System.Net;
using System.Text.RegularExpressions;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests.Policies;

/// <summary>
/// The public policy finder and policy page on the real host with the demo data: a two-character word finds the
/// demo policy with the hit marked, a facet narrows the list and stays in every link, junk in the query string
/// answers 200 with nothing unescaped, the detail page shows its summary, unknown and draft slugs are 404.
/// </summary>
[Collection(WebCollection.Name)]
public sealed partial class PolicyFinderPageTests(PortalFactory factory)
{
    private const string LoanSubsidy = "智能化改造项目贷款贴息";

    private async Task<(HttpStatusCode Status, string Body)> GetAsync(string path)
    {
        using var client = factory.CreatePortalClient();
        var response = await client.GetAsync(path);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private async Task<string> HtmlAsync(string path)
    {
        var (status, body) = await GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, status);
        return body;
    }

    private static int Total(string html) => int.Parse(TotalText().Match(html).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_two_character_word_finds_the_demo_policy_with_the_hit_marked()
    {
        var html = await HtmlAsync("/policies?q=" + Uri.EscapeDataString("贴息"));

        Assert.Contains("智能化改造项目贷款<mark>贴息</mark>", html);
        Assert.DoesNotContain("针纺企业升规入统培育奖励", html); // a grant without the word is not a hit
        Assert.InRange(Total(html), 1, 20);
    }

    [Fact]
    public async Task A_facet_narrows_the_results_and_every_link_keeps_it()
    {
        var all = await HtmlAsync("/policies");
        var subsidies = await HtmlAsync("/policies?type=interestsubsidy");

        Assert.True(Total(subsidies) < Total(all), $"{Total(subsidies)} of {Total(all)}");
        Assert.Contains(LoanSubsidy, subsidies);
        Assert.DoesNotContain("针纺企业升规入统培育奖励", subsidies);
        var levelLinks = FacetLinks("level").Matches(subsidies).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
        Assert.NotEmpty(levelLinks);
        Assert.All(levelLinks, link => Assert.Contains("type=interestsubsidy", link));
        Assert.Contains("aria-current=\"true\"", subsidies);
    }

    [Fact]
    public async Task Junk_in_the_query_string_answers_200_with_nothing_unescaped()
    {
        var html = await HtmlAsync("/policies?level=abc&page=-5&sort=zzz&q=" + Uri.EscapeDataString("<script>alert(1)</script>"));

        Assert.DoesNotContain("<script>alert(1)", html);
        Assert.Contains("&lt;script&gt;", html);
        Assert.Contains("部分筛选条件无法识别", html);
    }

    [Fact]
    public async Task The_policy_page_shows_the_summary_body_and_versions_and_hides_unknown_or_draft_slugs()
    {
        var list = await HtmlAsync("/policies?q=" + Uri.EscapeDataString(LoanSubsidy));
        var slug = HitSlug().Match(list).Groups[1].Value;
        Assert.Matches(SeedSlug(), slug);

        var page = await HtmlAsync("/policies/" + slug);
        Assert.Contains("data-testid=\"policy-summary\"", page);
        Assert.True(page.IndexOf("policy-summary", StringComparison.Ordinal) < page.IndexOf("policy-body", StringComparison.Ordinal), "the summary comes before the body");
        Assert.Contains("受理地址", page);
        Assert.Contains("data-testid=\"policy-window\"", page);
        Assert.Contains("已截止", page); // this demo policy is one of the expired ones: no days left to show
        Assert.DoesNotContain("还剩", page);
        Assert.Contains("data-testid=\"version-row\"", page);
        Assert.Contains("<h2", page[page.IndexOf("policy-body", StringComparison.Ordinal)..]);

        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync("/policies/no-such-policy")).Status);
        var draft = slug[..5] + "004"; // the demo catalogue's fourth policy is a draft
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync("/policies/" + draft)).Status);
    }

    [Fact]
    public async Task A_policy_closing_soon_shows_the_days_left_to_its_last_day()
    {
        var list = await HtmlAsync("/policies?window=closingsoon&sort=deadline");
        var slug = HitSlug().Match(list).Groups[1].Value;

        var page = await HtmlAsync("/policies/" + slug);
        var closes = DateOnly.ParseExact(WindowEnd().Match(page).Groups[1].Value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var today = DateOnly.FromDateTime(Portal.Core.Time.ChinaTime.ToChina(DateTime.UtcNow));
        Assert.Contains($"还剩 {closes.DayNumber - today.DayNumber} 天", page);
        Assert.InRange(closes.DayNumber - today.DayNumber, 0, 30);
    }

    [Fact]
    public async Task The_policy_page_lists_its_attachments_for_download_and_shows_the_diff_of_its_versions()
    {
        const string title = "针纺企业年度营业收入增长奖励"; // published, with two demo versions
        using var staff = await Accounts.ClientAsync(factory, Portal.Core.Security.PortalRoles.Staff);
        var admin = await staff.GetStringAsync("/admin/policies?q=" + Uri.EscapeDataString(title));
        var id = AdminId().Match(admin).Groups[1].Value;
        var pdf = "%PDF-1.4\n%test\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"u8.ToArray();
        var upload = await staff.GetStringAsync($"/admin/policies/{id}/attachments");
        using (var form = new MultipartFormDataContent { { new StringContent(Forms.TokenFrom(upload)!), Forms.TokenField } })
        {
            form.Add(new ByteArrayContent(pdf), "upload", "申报指南.pdf");
            Assert.Equal(HttpStatusCode.Redirect, (await staff.PostAsync($"/admin/policies/{id}/attachments", form)).StatusCode);
        }

        var list = await HtmlAsync("/policies?q=" + Uri.EscapeDataString(title));
        var slug = HitSlug().Match(list).Groups[1].Value;
        var page = await HtmlAsync("/policies/" + slug);
        var link = WebUtility.HtmlDecode(DownloadLink().Match(page).Groups[1].Value);
        Assert.Contains("申报指南.pdf", page);
        using var visitor = factory.CreatePortalClient();
        var file = await visitor.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal("application/pdf", file.Content.Headers.ContentType?.MediaType);
        Assert.Equal(pdf, await file.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync(link.Replace("attachmentId=", "attachmentId=9", StringComparison.Ordinal))).StatusCode);

        Assert.Contains("data-testid=\"diff\"", page);
        Assert.Matches("<(ins|del)>", page[page.IndexOf("data-testid=\"diff\"", StringComparison.Ordinal)..]);
        var compared = await HtmlAsync($"/policies/{slug}?from=2&to=1");
        Assert.Contains("v2 与 v1 的差异", compared);
    }

    [GeneratedRegex("data-testid=\"policy-total\">共 (\\d+) 条")]
    private static partial Regex TotalText();

    [GeneratedRegex("href=\"/policies/([a-z0-9-]+)\"")]
    private static partial Regex HitSlug();

    [GeneratedRegex("– (\\d{4}-\\d{2}-\\d{2})</span>")]
    private static partial Regex WindowEnd();

    [GeneratedRegex("href=\"/admin/policies/edit/(\\d+)\"")]
    private static partial Regex AdminId();

    [GeneratedRegex("href=\"(/policies/[a-z0-9-]+\\?handler=Download&amp;attachmentId=\\d+)\"")]
    private static partial Regex DownloadLink();

    [GeneratedRegex("^\\d{4}-\\d{3}$")]
    private static partial Regex SeedSlug();

    private static Regex FacetLinks(string key) => new($"<a href=\"([^\"]*)\"[^>]*data-testid=\"facet-{key}\"");
}
