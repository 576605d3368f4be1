using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Core.DemoData;
using Portal.Core.Security;
using Portal.Testing;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests;

/// <summary>
/// Staff edit the center's pages and halls: Markdown and names come out escaped or sanitized on the
/// public pages, the preview renders without saving (with and without JavaScript), and a refused photo
/// leaves nothing stored and the hall unchanged.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class ServiceCenterAdminTests(PortalFactory factory)
{
    /// <summary>The test host keeps its uploads in its own temporary folder (Portal:Files:UploadsPath).</summary>
    private string Uploads => factory.Folder.File("uploads");

    [Fact]
    public async Task Script_in_a_center_page_and_a_hall_name_comes_out_escaped()
    {
        using var staff = await Accounts.ClientAsync(factory, PortalRoles.Staff);
        var page = await Forms.PostAsync(staff, "/admin/showcase/center/pages", new Dictionary<string, string>
        {
            ["Input.Key"] = "xss-test",
            ["Input.Title"] = "安全<b>测试</b>",
            ["Input.Body"] = "正文<script>alert('x')</script>\n\n[点我](javascript:alert(1)) <img src=x onerror=alert(2)>",
            ["Input.SortOrder"] = "90",
        });
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        var hall = await Forms.PostAsync(staff, "/admin/showcase/center/halls", new Dictionary<string, string>
        {
            ["Input.Name"] = "<img src=x onerror=alert(3)>展厅",
            ["Input.Slug"] = "xss-hall",
            ["Input.Summary"] = "<script>alert(4)</script>",
            ["Input.Description"] = "<script>alert(5)</script>",
        });
        Assert.Equal(HttpStatusCode.Redirect, hall.StatusCode);

        using var visitor = factory.CreatePortalClient();
        var center = await visitor.GetStringAsync("/center");
        var detail = await visitor.GetStringAsync("/center/halls/xss-hall");
        foreach (var html in new[] { center, detail })
        {
            Assert.DoesNotContain("<script>alert", html);
            Assert.DoesNotContain("<img src=x", html);
            Assert.DoesNotContain("javascript:", html);
            Assert.DoesNotContain("onerror=alert", html.Replace("&lt;img src=x onerror=alert", "", StringComparison.Ordinal));
        }

        Assert.Contains("安全&lt;b&gt;测试&lt;/b&gt;", center);
        Assert.Contains("&lt;script&gt;alert('x')&lt;/script&gt;", center);
        Assert.Contains("&lt;img src=x onerror=alert(3)&gt;展厅", center);
        Assert.Contains("<h1>&lt;img src=x onerror=alert(3)&gt;展厅</h1>", detail);
    }

    [Fact]
    public async Task The_preview_renders_safe_HTML_and_saves_nothing()
    {
        using var staff = await Accounts.ClientAsync(factory, PortalRoles.Staff);
        var id = await PageIdAsync("about");
        var before = await PageBodyAsync(id);
        var form = $"/admin/showcase/center/pages/{id}";

        // Without JavaScript: the "预览" button (formaction) posts the whole form to the Preview handler.
        var page = await staff.GetStringAsync(form);
        Assert.Contains($"formaction=\"{form}?handler=Preview\"", page);
        var token = Forms.TokenFrom(page, form)!;
        var classic = await staff.PostAsync(form + "?handler=Preview", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [Forms.TokenField] = token,
            ["Input.Key"] = "about",
            ["Input.Title"] = "中心简介",
            ["Input.Body"] = "**预览专用**<script>alert(1)</script>",
        }));
        Assert.Equal(HttpStatusCode.OK, classic.StatusCode);
        var html = await classic.Content.ReadAsStringAsync();
        Assert.Contains("<strong>预览专用</strong>", html);
        Assert.Contains("这是预览，尚未保存。", html);
        Assert.DoesNotContain("<script>alert(1)", html);

        // With JavaScript: markdown-preview.js posts the field and the token with its header and gets the fragment.
        using var request = new HttpRequestMessage(HttpMethod.Post, form + "?handler=Preview")
        {
            Content = new MultipartFormDataContent { { new StringContent(token), Forms.TokenField }, { new StringContent("# 标题\n\n<b>x</b>"), "Input.Body" } },
        };
        request.Headers.Add("X-Markdown-Preview", "1");
        var fragment = await staff.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, fragment.StatusCode);
        var body = await fragment.Content.ReadAsStringAsync();
        Assert.Contains("<h1", body);
        Assert.Contains("&lt;b&gt;x&lt;/b&gt;", body);
        Assert.DoesNotContain("<html", body);

        Assert.Equal(before, await PageBodyAsync(id));
    }

    [Fact]
    public async Task The_preview_endpoint_refuses_a_post_without_the_antiforgery_token()
    {
        using var staff = await Accounts.ClientAsync(factory, PortalRoles.Staff);
        var id = await PageIdAsync("about");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/admin/showcase/center/pages/{id}?handler=Preview")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Body"] = "x" }),
        };
        request.Headers.Add("X-Markdown-Preview", "1");
        Assert.Equal(HttpStatusCode.BadRequest, (await staff.SendAsync(request)).StatusCode);
    }

    [Theory]
    [InlineData("not-an-image.png", "不支持的文件类型")]
    [InlineData("huge.png", "文件超过 5 MB 的上限")]
    public async Task A_refused_hall_photo_stores_nothing_and_leaves_the_hall_unchanged(string fileName, string message)
    {
        using var staff = await Accounts.ClientAsync(factory, PortalRoles.Staff);
        var (id, key, name) = await HallAsync("product-hall");
        var stored = Directory.Exists(Uploads) ? Directory.GetFiles(Uploads).Length : 0;
        var content = fileName == "huge.png"
            ? [.. DemoImages.Png(8, 8, (200, 0, 0)), .. new byte[6 * 1024 * 1024]]
            : "这不是图片"u8.ToArray();

        var response = await PostHallAsync(staff, id, name, "product-hall", content, fileName);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("照片未保存：", html);
        Assert.Contains(message, html);
        Assert.Equal(stored, Directory.Exists(Uploads) ? Directory.GetFiles(Uploads).Length : 0);
        Assert.Equal((id, key, name), await HallAsync("product-hall"));
    }

    [Fact]
    public async Task A_good_hall_photo_is_stored_with_its_pixel_size_and_replaces_the_old_one()
    {
        using var staff = await Accounts.ClientAsync(factory, PortalRoles.Staff);
        var (id, oldKey, name) = await HallAsync("training-room");

        var response = await PostHallAsync(staff, id, name, "training-room", DemoImages.Png(320, 200, (10, 90, 160)), "教室.png");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var row = await PhotoAsync(id);
        Assert.NotEqual(oldKey, row.PhotoKey);
        Assert.Equal((320, 200), (row.PhotoWidth, row.PhotoHeight));
        Assert.True(File.Exists(Path.Combine(Uploads, row.PhotoKey!)));
        Assert.False(oldKey is not null && File.Exists(Path.Combine(Uploads, oldKey)), "the replaced photo is deleted");
        var detail = await factory.CreatePortalClient().GetStringAsync("/center/halls/training-room");
        Assert.Contains($"src=\"/media/{row.PhotoKey}\" alt=\"培训教室实景\" width=\"320\" height=\"200\"", WebUtility.HtmlDecode(detail));
    }

    [Fact]
    public async Task The_figures_preview_says_which_figures_are_not_provided()
    {
        using var staff = await Accounts.ClientAsync(factory, PortalRoles.Staff);
        var html = WebUtility.HtmlDecode(await staff.GetStringAsync("/admin/showcase/figures"));
        Assert.Contains("链上企业", html);
        Assert.Contains("企业名录（核心）", html);
        if (factory.Services.GetService<Portal.Modules.Expo.Contracts.IExpoFigures>() is null)
        {
            Assert.Contains("尚未提供", html);
        }
    }

    private static async Task<HttpResponseMessage> PostHallAsync(HttpClient client, int id, string name, string slug, byte[] photo, string fileName)
    {
        var path = $"/admin/showcase/center/halls/{id}";
        var token = Forms.TokenFrom(await client.GetStringAsync(path), path)!;
        var file = new ByteArrayContent(photo);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        var form = new MultipartFormDataContent
        {
            { new StringContent(token), Forms.TokenField },
            { new StringContent(name), "Input.Name" },
            { new StringContent(slug), "Input.Slug" },
            { new StringContent("三层"), "Input.Floor" },
            { new StringContent("250"), "Input.AreaSquareMetres" },
            { file, "Photo", fileName },
        };
        return await client.PostAsync(path, form);
    }

    private sealed record PhotoRow(string? PhotoKey, int PhotoWidth, int PhotoHeight);

    private async Task<PhotoRow> PhotoAsync(int id)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CoreDbContext>().Database;
        return new PhotoRow(
            await db.SqlQueryRaw<string?>("SELECT PhotoKey AS Value FROM center_halls WHERE Id = {0}", id).SingleAsync(),
            await db.SqlQueryRaw<int>("SELECT PhotoWidth AS Value FROM center_halls WHERE Id = {0}", id).SingleAsync(),
            await db.SqlQueryRaw<int>("SELECT PhotoHeight AS Value FROM center_halls WHERE Id = {0}", id).SingleAsync());
    }

    private async Task<(int Id, string? PhotoKey, string Name)> HallAsync(string slug)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CoreDbContext>().Database;
        var id = await db.SqlQueryRaw<int>("SELECT Id AS Value FROM center_halls WHERE Slug = {0}", slug).SingleAsync();
        var key = await db.SqlQueryRaw<string?>("SELECT PhotoKey AS Value FROM center_halls WHERE Slug = {0}", slug).SingleAsync();
        var name = await db.SqlQueryRaw<string>("SELECT Name AS Value FROM center_halls WHERE Slug = {0}", slug).SingleAsync();
        return (id, key, name);
    }

    private async Task<int> PageIdAsync(string key)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CoreDbContext>().Database
            .SqlQueryRaw<int>("SELECT Id AS Value FROM center_pages WHERE Key = {0}", key).SingleAsync();
    }

    private async Task<string> PageBodyAsync(int id)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CoreDbContext>().Database
            .SqlQueryRaw<string>("SELECT Body AS Value FROM center_pages WHERE Id = {0}", id).SingleAsync();
    }
}
