using System.Net;
using Portal.Core.Security;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests.Policies;

/// <summary>
/// Staff work on /admin/policies/resources through the real host: create, filter, publish, take offline, delete after a
/// confirmation, all in the audit trail; bad input comes back with a Chinese message and saves nothing; script in any
/// field comes out inert; the second of two editors is refused with their text kept.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class ResourcesAdminTests(PortalFactory factory)
{
    private static Dictionary<string, string> Fields(string title, string description = "## 办理方式\n\n1. 线上申请") => new()
    {
        ["Input.Title"] = title,
        ["Input.Kind"] = "Service",
        ["Input.ProvidingUnit"] = "区测试服务中心",
        ["Input.Contact"] = "0791-88000002",
        ["Input.Segments"] = "Dyeing",
        ["Input.Categories"] = "Technology",
        ["Input.Description"] = description,
    };

    private static Task<int> CreateAsync(HttpClient staff, Dictionary<string, string> fields) => ListEditors.CreateAsync(staff, "/admin/policies/resources", fields);

    private static string List(string title, string more = "") => "/admin/policies/resources?q=" + Uri.EscapeDataString(title) + more;

    [Fact]
    public async Task Staff_create_publish_take_offline_and_delete_a_resource_and_the_audit_page_shows_each_step()
    {
        using var staff = await Accounts.ClientAsync(factory, PortalRoles.Staff);
        var title = "测试资源" + Guid.NewGuid().ToString("N")[..6];
        var id = await CreateAsync(staff, Fields(title));
        Assert.Contains("data-testid=\"resource-row\"", await staff.GetStringAsync(List(title, "&published=false&kind=Service&segment=Dyeing&category=Technology")));
        Assert.DoesNotContain("data-testid=\"resource-row\"", await staff.GetStringAsync(List(title, "&published=true")));
        Assert.DoesNotContain("data-testid=\"resource-row\"", await staff.GetStringAsync(List(title, "&category=Land")));

        var edit = $"/admin/policies/resources/edit/{id}";
        var publish = await Forms.PostAsync(staff, edit, new Dictionary<string, string> { ["Token"] = ListEditors.TokenOf(await staff.GetStringAsync(edit)), ["published"] = "true" }, edit + "?handler=Publish");
        Assert.Equal(HttpStatusCode.Redirect, publish.StatusCode);
        Assert.Contains("data-testid=\"resource-row\"", await staff.GetStringAsync(List(title, "&published=true&unit=" + Uri.EscapeDataString("区测试服务中心"))));
        var offline = await Forms.PostAsync(staff, edit, new Dictionary<string, string> { ["Token"] = ListEditors.TokenOf(await staff.GetStringAsync(edit)), ["published"] = "false" }, edit + "?handler=Publish");
        Assert.Equal(HttpStatusCode.Redirect, offline.StatusCode);

        var confirm = await staff.GetStringAsync($"/admin/policies/resources/delete/{id}");
        Assert.Contains("data-testid=\"delete-confirm\"", confirm);
        Assert.Contains(title, confirm);
        var deleted = await Forms.PostAsync(staff, $"/admin/policies/resources/delete/{id}", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync(edit)).StatusCode);

        var audit = WebUtility.HtmlDecode(await staff.GetStringAsync("/admin/policies/audit"));
        foreach (var step in new[] { $"新建资源“{title}”", $"发布资源“{title}”", $"下线资源“{title}”", $"删除资源“{title}”（区测试服务中心）" })
        {
            Assert.Contains(step, audit);
        }
    }

    [Theory]
    [InlineData("Input.Title", "", "请填写标题")]
    [InlineData("Input.ProvidingUnit", "", "请填写提供单位")]
    [InlineData("Input.Categories", null, "请至少选择一个能解决的需求类别")]
    [InlineData("Input.Kind", "Galaxy", "有字段格式不正确")]
    [InlineData("Input.Segments", "999", "有字段格式不正确")]
    public async Task Bad_input_comes_back_with_a_message_and_the_text_kept_and_nothing_saved(string field, string? value, string message)
    {
        using var staff = await Accounts.ClientAsync(factory, PortalRoles.Staff);
        var marker = "坏输入说明" + Guid.NewGuid().ToString("N")[..8];
        var title = "坏资源" + Guid.NewGuid().ToString("N")[..8];

        // null: the field is not sent at all, as a browser does with no box ticked.
        var fields = value is null ? Fields(title, marker).Where(f => f.Key != field).ToDictionary() : Fields(title, marker).With(field, value);
        var response = await Forms.PostAsync(staff, "/admin/policies/resources/edit", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(message, html);
        Assert.Contains(marker, html);
        Assert.DoesNotContain("data-testid=\"resource-row\"", await staff.GetStringAsync(List(title)));
    }

    [Fact]
    public async Task Script_in_every_field_comes_out_inert_on_the_staff_pages()
    {
        using var staff = await Accounts.ClientAsync(factory, PortalRoles.Staff);
        var fields = Fields("资源" + ListEditors.Xss, "说明" + ListEditors.Xss + "\n\n[点我](javascript:alert(2))").With("Input.ProvidingUnit", "单位" + ListEditors.Xss).With("Input.Contact", ListEditors.Xss);
        var id = await CreateAsync(staff, fields);

        await ListEditors.AssertInertAsync(staff, [$"/admin/policies/resources/edit/{id}", List("资源<script>"), $"/admin/policies/resources/delete/{id}", "/admin/policies/audit"]);
    }

    [Fact]
    public async Task The_second_of_two_staff_saving_the_same_version_is_refused_and_keeps_their_text()
    {
        using var first = await Accounts.ClientAsync(factory, PortalRoles.Staff);
        using var second = await Accounts.ClientAsync(factory, PortalRoles.Admin);
        var id = await CreateAsync(first, Fields("并发编辑测试资源"));
        var edit = $"/admin/policies/resources/edit/{id}";
        var seenByFirst = await first.GetStringAsync(edit);
        var seenBySecond = await second.GetStringAsync(edit);

        var saved = await Forms.PostAsync(first, edit, Fields("并发编辑测试资源", "甲的说明").With("Token", ListEditors.TokenOf(seenByFirst)));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var refused = await Forms.PostAsync(second, edit, Fields("并发编辑测试资源", "乙的说明").With("Token", ListEditors.TokenOf(seenBySecond)));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("已被其他工作人员修改", html);
        Assert.Contains("乙的说明", html);
        Assert.Contains("data-testid=\"conflict\"", html);
        Assert.Contains("甲的说明", await first.GetStringAsync(edit));

        // The refused editor saves again from the page they got back: now on top of the first save.
        var again = await Forms.PostAsync(second, edit, Fields("并发编辑测试资源", "乙合并后的说明").With("Token", ListEditors.TokenOf(html)));
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
    }

    [Fact]
    public async Task The_preview_renders_safe_html_without_saving()
    {
        using var staff = await Accounts.ClientAsync(factory, PortalRoles.Staff);
        var token = Forms.TokenFrom(await staff.GetStringAsync("/admin/policies/resources/edit"))!;
        using var fragment = new HttpRequestMessage(HttpMethod.Post, "/admin/policies/resources/edit?handler=Preview")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Description"] = "## 资源预览\n\n" + ListEditors.Xss, [Forms.TokenField] = token }),
        };
        fragment.Headers.Add("X-Markdown-Preview", "1");
        var response = await staff.SendAsync(fragment);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("资源预览</h2>", html);
        Assert.DoesNotContain("<script>", html);
        Assert.DoesNotContain("<html", html);

        var full = await Forms.PostAnywayAsync(staff, "/admin/policies/resources/edit", Fields("预览不保存的资源", "## 无脚本资源预览"), "/admin/policies/resources/edit?handler=Preview");
        Assert.Contains("无脚本资源预览</h2>", await full.Content.ReadAsStringAsync());
        Assert.DoesNotContain("data-testid=\"resource-row\"", await staff.GetStringAsync(List("预览不保存的资源")));
    }

    [Fact]
    public async Task Unknown_ids_answer_404_and_junk_filters_are_ignored()
    {
        using var staff = await Accounts.ClientAsync(factory, PortalRoles.Staff);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync("/admin/policies/resources/edit/999999")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync("/admin/policies/resources/delete/999999")).StatusCode);
        var junk = await staff.GetAsync("/admin/policies/resources?kind=Galaxy&segment=999&category=x&published=maybe&page=-3&unit=" + new string('单', 500));
        Assert.Equal(HttpStatusCode.OK, junk.StatusCode);
    }
}
