using System.Net;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests.Policies;

/// <summary>
/// The staff Excel pages as a browser uses them: download a workbook, upload a sheet to <c>?handler=Check</c> (multipart,
/// with the antiforgery token) and read the per-row report, then import the checked upload by its key.
/// </summary>
internal static partial class ExcelPages
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>GETs <paramref name="url"/>, which must answer an .xlsx file, and opens it.</summary>
    public static async Task<XLWorkbook> WorkbookAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ContentType, response.Content.Headers.ContentType?.MediaType);
        return new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
    }

    public static byte[] Bytes(XLWorkbook workbook)
    {
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    /// <summary>Uploads <paramref name="sheet"/> to the import page's check step; the page with the per-row report.</summary>
    public static async Task<string> CheckAsync(HttpClient staff, string page, byte[] sheet)
    {
        var token = Forms.TokenFrom(await staff.GetStringAsync(page))!;
        using var form = new MultipartFormDataContent { { new StringContent(token), Forms.TokenField } };
        var file = new ByteArrayContent(sheet);
        file.Headers.ContentType = new(ContentType);
        form.Add(file, "upload", "清单.xlsx");
        var response = await staff.PostAsync(page + "?handler=Check", form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Imports the upload the <paramref name="report"/> names (its hidden key), as the report's import button does.</summary>
    public static Task<HttpResponseMessage> ImportAsync(HttpClient staff, string page, string report) =>
        Forms.PostAnywayAsync(staff, page, new Dictionary<string, string> { ["UploadKey"] = UploadKey(report) }, page + "?handler=Import");

    public static string UploadKey(string html) => UploadKeyInput().Match(html).Groups[1].Value;

    [GeneratedRegex("name=\"UploadKey\" value=\"([^\"]+)\"")]
    private static partial Regex UploadKeyInput();
}
