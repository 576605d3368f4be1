using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Core.Enterprises;
using Portal.Core.Security;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests.RedHelp;

/// <summary>
/// Files sent with a demand through the real forms (multipart, antiforgery): stored through Core's file store, listed on
/// the demand page, downloaded only by those who may see the demand; bad files are refused in Chinese and nothing is kept.
/// </summary>
[Collection(WebCollection.Name)]
public sealed partial class DemandAttachmentTests(PortalFactory factory)
{
    private const string NewDemand = "/my/demands/new";
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n");
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0];

    private string UploadFolder => factory.Folder.File("uploads");

    private int StoredFiles() => Directory.Exists(UploadFolder) ? Directory.GetFiles(UploadFolder).Length : 0;

    [Fact]
    public async Task Files_sent_with_a_demand_are_downloaded_by_the_enterprise_and_staff_and_not_by_another_enterprise()
    {
        using var enterprise = await Accounts.ClientAsync(factory, PortalRoles.Enterprise);
        var response = await PostAsync(enterprise, NewDemand, Fields("附件测试"), ("营业执照.pdf", Pdf), ("车间照片.png", Png));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = response.Headers.Location!.OriginalString;

        var html = WebUtility.HtmlDecode(await enterprise.GetStringAsync(page));
        Assert.Contains("data-testid=\"demand-attachments\"", html);
        var links = AttachmentLink().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(2, links.Count);
        Assert.Contains("营业执照.pdf", html);

        var download = await enterprise.GetAsync(links[0]);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync());

        var id = int.Parse(DemandId().Match(page).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var attachment = links[0][(links[0].LastIndexOf('=') + 1)..];
        using var staff = await Accounts.ClientAsync(factory, PortalRoles.Staff);
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync($"/admin/redhelp/dispatch/{id}?handler=Attachment&attachmentId={attachment}")).StatusCode);

        using var other = await OtherEnterpriseAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(links[0])).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(page)).StatusCode);
        using var anonymous = factory.CreatePortalClient();
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync(links[0])).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await enterprise.GetAsync($"{page}?handler=Attachment&attachmentId=987654")).StatusCode);
    }

    [Fact]
    public async Task Bad_files_are_refused_in_Chinese_and_nothing_is_saved()
    {
        using var enterprise = await Accounts.ClientAsync(factory, PortalRoles.Enterprise);
        const string count = "SELECT COUNT(*) AS \"Value\" FROM redhelp_demands";
        var demands = await RedHelpSql.CountAsync(factory, count);
        var files = StoredFiles();

        var cases = new (Dictionary<string, string> Fields, (string, byte[])[] Files, string Message)[]
        {
            (Fields("伪装文件"), [("报告.pdf", Encoding.UTF8.GetBytes("这不是 PDF"))], "不支持的文件类型"),
            (Fields("太多文件"), [("1.pdf", Pdf), ("2.pdf", Pdf), ("3.pdf", Pdf), ("4.pdf", Pdf)], "最多上传 3 个附件"),
            (Fields("太大的文件"), [("大.pdf", [.. Pdf, .. new byte[(10 * 1024 * 1024) + 1]])], "超过 10 MB 的上限"),
            (Fields("空文件"), [("空.pdf", [])], "文件是空的"),
            (Fields(" "), [("好的.pdf", Pdf)], "请填写标题"),
        };
        foreach (var (fields, upload, message) in cases)
        {
            var response = await PostAsync(enterprise, NewDemand, fields, upload);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains(message, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        }

        Assert.Equal(demands, await RedHelpSql.CountAsync(factory, count));
        Assert.Equal(files, StoredFiles());
        Assert.Equal(0, await RedHelpSql.CountAsync(factory, "SELECT COUNT(*) AS \"Value\" FROM redhelp_demand_attachments a JOIN redhelp_demands d ON d.\"Id\" = a.\"DemandId\" WHERE d.\"Title\" IN ('伪装文件', '太多文件', '太大的文件', '空文件')"));
    }

    [Fact]
    public async Task A_helper_attaches_a_file_to_a_demand_on_behalf_of_an_enterprise()
    {
        using var helper = await Accounts.ClientAsync(factory, PortalRoles.Helper);
        const string form = "/redhelp/work/demands/new";
        var enterpriseId = FirstOption().Match(await helper.GetStringAsync(form)).Groups[1].Value;
        var fields = Fields("走访时收到的材料");
        fields["EnterpriseId"] = enterpriseId;

        var response = await PostAsync(helper, form, fields, ("材料清单.pdf", Pdf));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var html = WebUtility.HtmlDecode(await helper.GetStringAsync(response.Headers.Location!.OriginalString));
        var link = AttachmentLink().Match(html).Groups[1].Value;
        Assert.Contains("材料清单.pdf", html);
        Assert.Equal(Pdf, await helper.GetByteArrayAsync(link));
    }

    private static Dictionary<string, string> Fields(string title) => new()
    {
        ["Category"] = "Financing", ["Title"] = title, ["Description"] = "需要 300 万元流动资金贷款，材料见附件。", ["Urgency"] = "Normal",
    };

    /// <summary>GETs the form for its token, then POSTs the fields and files as multipart, as a browser does.</summary>
    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, Dictionary<string, string> fields, params (string Name, byte[] Content)[] files)
    {
        var token = Forms.TokenFrom(await client.GetStringAsync(path)) ?? throw new Xunit.Sdk.XunitException($"No form on {path}.");
        using var form = new MultipartFormDataContent { { new StringContent(token), Forms.TokenField } };
        foreach (var (key, value) in fields)
        {
            form.Add(new StringContent(value), key);
        }

        foreach (var (name, content) in files)
        {
            var file = new ByteArrayContent(content);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(file, "Files", name);
        }

        return await client.PostAsync(path, form);
    }

    /// <summary>A new enterprise user made owner of another verified demo enterprise, signed in.</summary>
    private async Task<HttpClient> OtherEnterpriseAsync()
    {
        var (client, email) = await TestUsers.SignedInAsync(factory, PortalRoles.Enterprise);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CoreDbContext>();
        var userId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        var enterprise = await db.Enterprises.FirstAsync(e => e.OwnerUserId == null && e.Verification == VerificationState.Verified);
        enterprise.OwnerUserId = userId;
        await db.SaveChangesAsync();
        return client;
    }

    [GeneratedRegex("href=\"([^\"]*handler=Attachment&attachmentId=[0-9]+)\"")]
    private static partial Regex AttachmentLink();

    [GeneratedRegex("/([0-9]+)$")]
    private static partial Regex DemandId();

    [GeneratedRegex("<option value=\"([0-9]+)\"")]
    private static partial Regex FirstOption();
}
