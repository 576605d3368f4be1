using System.Net;
using System.Text.RegularExpressions;
using Portal.Core.Security;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests.Policies;

/// <summary>
/// Staff work on /admin/policies through the real host: forms need the antiforgery token, bad input comes back
/// with a message and changes nothing, script in any field comes out inert, the preview renders without saving,
/// a save over someone else's newer save is refused with the editor's text kept.
/// </summary>
[Collection(WebCollection.Name)]
public sealed partial class PoliciesAdminTests(PortalFactory factory)
{
    private const string Xss = "<script>alert('x')</script><img src=x onerror=alert(1)>";

    internal static Dictionary<string, string> Fields(string title, string body = "## 申报条件\n\n1. 在本区登记注册", string intent = "save") => new()
    {
        ["Input.Title"] = title,
        ["Input.DocumentNumber"] = "青工信字〔2026〕99号",
        ["Input.IssuingDepartment"] = "青山湖区工业和信息化局",
        ["Input.Level"] = "District",
        ["Input.SupportArea"] = "Brand",
        ["Input.SupportType"] = "Grant",
        ["Input.TargetSegments"] = "Garment",
        ["Input.ClosesOn"] = "2099-12-31",
        ["Input.Contact"] = "0791-88000000",
        ["Input.BodyMarkdown"] = body,
        ["intent"] = intent,
    };

    private static async Task<int> CreateAsync(HttpClient staff, Dictionary<string, string> fields)
    {
        var response = await Forms.PostAsync(staff, "/admin/policies/edit", fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return int.Parse(EditId().Match(response.Headers.Location!.OriginalString).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task Staff_create_a_draft_then_publish_it_and_the_list_shows_it_published()
    {
        using var staff = await Accounts.ClientAsync(factory, PortalRoles.Staff);
        var id = await CreateAsync(staff, Fields("品牌建设测试政策甲"));
        var edit = await staff.GetStringAsync($"/admin/policies/edit/{id}");
        Assert.Contains("品牌建设测试政策甲", edit);

        var publish = await Forms.PostAsync(staff, $"/admin/policies/edit/{id}", Fields("品牌建设测试政策甲", intent: "publish").With("Token", TokenOf(edit)));
        Assert.Equal(HttpStatusCode.Redirect, publish.StatusCode);

        var list = await staff.GetStringAsync("/admin/policies?q=" + Uri.EscapeDataString("品牌建设测试政策甲"));
        Assert.Contains("policy-state-published", list);
        var versions = await staff.GetStringAsync($"/admin/policies/{id}/versions");
        Assert.Contains("首次发布", versions);
        var audit = await staff.GetStringAsync("/admin/policies/audit");
        Assert.Contains("发布政策“品牌建设测试政策甲”", audit);
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused_and_saves_nothing()
    {
        using var staff = await Accounts.ClientAsync(factory, PortalRoles.Staff);
        var response = await staff.PostAsync("/admin/policies/edit", new FormUrlEncodedContent(Fields("无令牌政策")));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("data-testid=\"policy-row\"", await staff.GetStringAsync("/admin/policies?q=" + Uri.EscapeDataString("无令牌政策")));
    }

    [Theory]
    [InlineData("Input.Title", "", "请填写标题")]
    [InlineData("Input.ClosesOn", "2000-01-01", "截止日期不能早于开始日期")]
    [InlineData("Input.SourceUrl", "javascript:alert(1)", "原文链接须以")]
    [InlineData("Input.Level", "Galaxy", "有字段格式不正确")]
    public async Task Bad_input_comes_back_with_a_message_and_the_text_kept_and_nothing_saved(string field, string value, string message)
    {
        using var staff = await Accounts.ClientAsync(factory, PortalRoles.Staff);
        var marker = "坏输入正文" + Guid.NewGuid().ToString("N")[..8];
        var title = "坏输入测试" + Guid.NewGuid().ToString("N")[..8];
        var fields = Fields(title, body: marker).With(field, value);
        if (field == "Input.ClosesOn")
        {
            fields["Input.OpensOn"] = "2000-02-01";
        }

        var response = await Forms.PostAsync(staff, "/admin/policies/edit", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(message, html);
        Assert.Contains(marker, html);
        Assert.DoesNotContain("data-testid=\"policy-row\"", await staff.GetStringAsync("/admin/policies?q=" + Uri.EscapeDataString(title)));
    }

    [Fact]
    public async Task Script_in_every_field_comes_out_inert_on_the_staff_pages()
    {
        using var staff = await Accounts.ClientAsync(factory, PortalRoles.Staff);
        var fields = Fields("政策" + Xss, body: "正文" + Xss + "\n\n[点我](javascript:alert(2))");
        foreach (var key in new[] { "Input.DocumentNumber", "Input.IssuingDepartment", "Input.Contact", "Input.AcceptanceAddress" })
        {
            fields[key] = Xss;
        }

        var id = await CreateAsync(staff, fields);
        var edit = await staff.GetStringAsync($"/admin/policies/edit/{id}");
        var publish = await Forms.PostAsync(staff, $"/admin/policies/edit/{id}", fields.With("intent", "publish").With("Token", TokenOf(edit)));
        Assert.Equal(HttpStatusCode.Redirect, publish.StatusCode);
        edit = await staff.GetStringAsync($"/admin/policies/edit/{id}");
        var change = await Forms.PostAsync(staff, $"/admin/policies/edit/{id}",
            fields.With("Input.BodyMarkdown", "新正文" + Xss).With("ChangeNote", Xss).With("Token", TokenOf(edit)));
        Assert.Equal(HttpStatusCode.Redirect, change.StatusCode);

        foreach (var url in new[] { $"/admin/policies/edit/{id}", "/admin/policies?q=" + Uri.EscapeDataString("政策<script>"), $"/admin/policies/{id}/versions", "/admin/policies/audit" })
        {
            var html = await staff.GetStringAsync(url);
            Assert.DoesNotContain("<script>alert", html);
            Assert.DoesNotContain("<img src=x", html);
            Assert.DoesNotContain("href=\"javascript:", html);
            Assert.Contains("&lt;script&gt;", html);
        }
    }

    [Fact]
    public async Task The_preview_renders_safe_html_without_saving_with_and_without_javascript()
    {
        using var staff = await Accounts.ClientAsync(factory, PortalRoles.Staff);
        var page = await staff.GetStringAsync("/admin/policies/edit");
        var token = Forms.TokenFrom(page)!;
        using var fragment = new HttpRequestMessage(HttpMethod.Post, "/admin/policies/edit?handler=Preview")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.BodyMarkdown"] = "## 预览标题\n\n" + Xss, [Forms.TokenField] = token }),
        };
        fragment.Headers.Add("X-Markdown-Preview", "1");
        var response = await staff.SendAsync(fragment);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h2", html);
        Assert.Contains("预览标题", html);
        Assert.DoesNotContain("<script>", html);
        Assert.DoesNotContain("<html", html);

        var full = await Forms.PostAnywayAsync(staff, "/admin/policies/edit", Fields("预览不保存的政策", body: "## 无脚本预览"), "/admin/policies/edit?handler=Preview");
        var fullHtml = await full.Content.ReadAsStringAsync();
        Assert.Contains("无脚本预览</h2>", fullHtml);
        Assert.Contains("预览不保存的政策", fullHtml);
        Assert.DoesNotContain("data-testid=\"policy-row\"", await staff.GetStringAsync("/admin/policies?q=" + Uri.EscapeDataString("预览不保存")));
    }

    [Fact]
    public async Task The_second_of_two_staff_saving_the_same_version_is_refused_and_keeps_their_text()
    {
        using var first = await Accounts.ClientAsync(factory, PortalRoles.Staff);
        using var second = await Accounts.ClientAsync(factory, PortalRoles.Admin);
        var id = await CreateAsync(first, Fields("并发编辑测试政策"));
        var seenByFirst = await first.GetStringAsync($"/admin/policies/edit/{id}");
        var seenBySecond = await second.GetStringAsync($"/admin/policies/edit/{id}");

        var saved = await Forms.PostAsync(first, $"/admin/policies/edit/{id}", Fields("并发编辑测试政策", body: "甲的正文").With("Token", TokenOf(seenByFirst)));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var refused = await Forms.PostAsync(second, $"/admin/policies/edit/{id}", Fields("并发编辑测试政策", body: "乙的正文").With("Token", TokenOf(seenBySecond)));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("已被其他工作人员修改", html);
        Assert.Contains("乙的正文", html);
        Assert.Contains("data-testid=\"conflict\"", html);
        Assert.Contains("甲的正文", await first.GetStringAsync($"/admin/policies/edit/{id}"));
    }

    [Fact]
    public async Task Unknown_ids_answer_404()
    {
        using var staff = await Accounts.ClientAsync(factory, PortalRoles.Staff);
        foreach (var url in new[] { "/admin/policies/edit/999999", "/admin/policies/999999/versions", "/admin/policies/999999/attachments" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync(url)).StatusCode);
        }
    }

    private static string TokenOf(string html) => WebUtility.HtmlDecode(ConcurrencyToken().Match(html).Groups[1].Value);

    [GeneratedRegex("name=\"Token\" value=\"([^\"]+)\"")]
    private static partial Regex ConcurrencyToken();

    [GeneratedRegex("/admin/policies/edit/(\\d+)")]
    private static partial Regex EditId();
}

internal static class FieldExtensions
{
    public static Dictionary<string, string> With(this Dictionary<string, string> fields, string key, string value) =>
        new(fields) { [key] = value };
}
