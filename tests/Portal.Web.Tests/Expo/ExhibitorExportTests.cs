using System.Net;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Enterprises;
using Portal.Core.Security;
using Portal.Modules.Expo.Domain;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests.Expo;

/// <summary>The dashboard's exhibitor export: the workbook read back holds exactly the expo's approved and checked-in exhibitors with their booths.</summary>
[Collection(ExpoCollection.Name)]
public sealed class ExhibitorExportTests(ExpoFactory factory)
{
    [Fact]
    public async Task Staff_download_the_exhibitors_of_an_expo_and_the_workbook_reads_back()
    {
        var expo = await factory.ExpoDbAsync(db => db.Expos.AsNoTracking().Where(e => e.State == ExpoState.Finished).OrderBy(e => e.StartsOn).FirstAsync());
        var expected = await factory.ExpoDbAsync(db => db.Applications.AsNoTracking()
            .Where(a => a.ExpoId == expo.Id && (a.State == ApplicationState.Approved || a.State == ApplicationState.CheckedIn))
            .Join(db.Booths, a => a.BoothId, b => b.Id, (a, b) => new { a.EnterpriseId, b.Code, a.State })
            .ToListAsync());
        Assert.NotEmpty(expected);
        await using var scope = factory.Services.CreateAsyncScope();
        var names = (await scope.ServiceProvider.GetRequiredService<IEnterpriseDirectory>().ListAsync(expected.Select(e => e.EnterpriseId).ToList()))
            .ToDictionary(e => e.Id, e => e.Name);

        using var staff = await Accounts.ClientAsync(factory, PortalRoles.Staff);
        var dashboard = await ExpoFactory.HtmlAsync(staff, "/admin/expo");
        var url = $"/admin/expo/{expo.Slug}/applications?handler=Excel";
        Assert.Contains($"href=\"{url}\"", dashboard);
        var response = await staff.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);

        using var book = new XLWorkbook(await response.Content.ReadAsStreamAsync());
        var sheet = book.Worksheet(1);
        Assert.Equal(expo.Title, sheet.Cell(1, 1).GetString());
        Assert.Equal("展位号", sheet.Cell(2, 1).GetString());
        Assert.Equal("企业名称", sheet.Cell(2, 4).GetString());
        var rows = Enumerable.Range(3, sheet.LastRowUsed()!.RowNumber() - 2)
            .Select(r => (Code: sheet.Cell(r, 1).GetString(), Name: sheet.Cell(r, 4).GetString(), State: sheet.Cell(r, 11).GetString(), CheckedIn: sheet.Cell(r, 12).GetString()))
            .ToList();
        Assert.Equal(expected.Count, rows.Count);
        Assert.Equal(expected.Select(e => (e.Code, names[e.EnterpriseId])).OrderBy(x => x.Code, StringComparer.Ordinal),
            rows.Select(r => (r.Code, r.Name)));
        Assert.Equal(expected.Count(e => e.State == ApplicationState.CheckedIn), rows.Count(r => r.State == "已签到" && r.CheckedIn.Length > 0));

        using var enterprise = await Accounts.ClientAsync(factory, PortalRoles.Enterprise);
        Assert.Equal(HttpStatusCode.Forbidden, (await enterprise.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync("/admin/expo/no-such/applications?handler=Excel")).StatusCode);
    }
}
