using System.Net;
using ClosedXML.Excel;
using Portal.Core.Security;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests.RedHelp;

/// <summary>/admin/redhelp: staff see the figures of the demo demand pool and download them as a workbook; an enterprise may not.</summary>
[Collection(WebCollection.Name)]
public sealed class RedHelpDashboardTests(PortalFactory factory)
{
    private const string Dashboard = "/admin/redhelp";

    [Fact]
    public async Task Staff_see_the_figures_the_chart_data_and_the_links_to_the_work_pages()
    {
        using var staff = await Accounts.ClientAsync(factory, PortalRoles.Staff);
        var response = await staff.GetAsync(Dashboard);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Matches("data-testid=\"total-collected\">[1-9][0-9]*<", html);
        Assert.Matches("data-testid=\"total-resolved\">[1-9][0-9]*<", html);
        Assert.Matches("data-testid=\"total-satisfaction\">[0-9]+%<", html);
        Assert.Matches("data-testid=\"total-median\">[0-9]+(\\.[0-9])?<", html);
        foreach (var table in new[] { "by-category", "by-unit", "by-helper", "by-segment", "by-month" })
        {
            Assert.Contains($"data-testid=\"{table}\"", html);
        }

        Assert.Contains("<th scope=\"row\">融资</th>", html);
        Assert.Contains("data-chart=\"{\"labels\":[\"20", html);
        Assert.Contains("href=\"/admin/redhelp/dispatch\"", html);
        Assert.Contains("href=\"/admin/redhelp/assignments\"", html);
        Assert.Contains("href=\"/admin/redhelp/roving\"", html);
        Assert.DoesNotContain("<script>", html);
    }

    [Fact]
    public async Task Staff_download_a_workbook_whose_first_sheet_holds_the_totals()
    {
        using var staff = await Accounts.ClientAsync(factory, PortalRoles.Staff);
        var response = await staff.GetAsync(Dashboard + "?handler=Excel");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        using var book = new XLWorkbook(await response.Content.ReadAsStreamAsync());
        var first = book.Worksheets.First();
        Assert.Equal("合计", first.Name);
        Assert.Equal(["分组", "收集", "办结", "超期", "办结用时中位数（工作日）", "满意率", "已评价"], Enumerable.Range(1, 7).Select(c => first.Cell(1, c).GetString()));
        Assert.True(first.Cell(2, 2).GetValue<int>() > 0);
        Assert.Equal(6, book.Worksheets.Count);
        Assert.Contains(book.Worksheets, s => s.Name == "按类别");
    }

    [Theory]
    [InlineData("")]
    [InlineData("?handler=Excel")]
    public async Task An_enterprise_is_forbidden(string query)
    {
        using var enterprise = await Accounts.ClientAsync(factory, PortalRoles.Enterprise);
        var response = await enterprise.GetAsync(Dashboard + query);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
