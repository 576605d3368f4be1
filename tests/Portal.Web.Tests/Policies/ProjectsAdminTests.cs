using System.Net;
using System.Text.RegularExpressions;
using Portal.Core.Security;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests.Policies;

/// <summary>
/// Staff work on /admin/policies/projects through the real host: create, filter, move through 派单/领办 one step at a
/// time (a forbidden move is refused with a Chinese message and changes nothing), dated progress notes, the audit trail,
/// bad input and script in every field.
/// </summary>
[Collection(WebCollection.Name)]
public sealed partial class ProjectsAdminTests(PortalFactory factory)
{
    private static Dictionary<string, string> Fields(string title, string description = "## 目标\n\n建设共享直播间") => new()
    {
        ["Input.Title"] = title,
        ["Input.Year"] = "2026",
        ["Input.LeadUnit"] = "区测试牵头局",
        ["Input.ClaimingUnits"] = "湖坊镇、区测试领办局",
        ["Input.Description"] = description,
    };

    private static Task<int> CreateAsync(HttpClient staff, Dictionary<string, string> fields) => ListEditors.CreateAsync(staff, "/admin/policies/projects", fields);

    private static async Task<HttpResponseMessage> MoveAsync(HttpClient staff, int id, string to)
    {
        var edit = $"/admin/policies/projects/edit/{id}";
        return await Forms.PostAnywayAsync(staff, edit, new Dictionary<string, string> { ["Token"] = ListEditors.TokenOf(await staff.GetStringAsync(edit)), ["to"] = to }, edit + "?handler=Move");
    }

    private static string List(string title, string more = "") => "/admin/policies/projects?q=" + Uri.EscapeDataString(title) + more;

    [Fact]
    public async Task Staff_move_a_project_from_open_to_done_and_a_forbidden_move_is_refused_with_a_message()
    {
        using var staff = await Accounts.ClientAsync(factory, PortalRoles.Staff);
        var title = "测试项目" + Guid.NewGuid().ToString("N")[..6];
        var id = await CreateAsync(staff, Fields(title));
        var edit = $"/admin/policies/projects/edit/{id}";
        Assert.Contains("data-testid=\"project-row\"", await staff.GetStringAsync(List(title, "&year=2026&state=Open&lead=" + Uri.EscapeDataString("区测试牵头局"))));

        var skip = await MoveAsync(staff, id, "Done");
        Assert.Equal(HttpStatusCode.Redirect, skip.StatusCode);
        var refused = WebUtility.HtmlDecode(await staff.GetStringAsync(edit));
        Assert.Contains("项目当前为“待领办”，不能变为“已完成”。", refused);
        Assert.Contains("data-testid=\"error-message\"", refused);
        Assert.Contains("data-testid=\"project-row\"", await staff.GetStringAsync(List(title, "&state=Open")));

        foreach (var (to, name) in new[] { ("Claimed", "已领办"), ("InProgress", "推进中"), ("Done", "已完成") })
        {
            Assert.Equal(HttpStatusCode.Redirect, (await MoveAsync(staff, id, to)).StatusCode);
            Assert.Contains($"项目状态已变为“{name}”。", WebUtility.HtmlDecode(await staff.GetStringAsync(edit)));
        }

        Assert.Contains("data-testid=\"project-row\"", await staff.GetStringAsync(List(title, "&state=Done")));
        Assert.Equal(HttpStatusCode.Redirect, (await MoveAsync(staff, id, "Galaxy")).StatusCode);
        Assert.Contains("data-testid=\"error-message\"", await staff.GetStringAsync(edit));
        var audit = WebUtility.HtmlDecode(await staff.GetStringAsync("/admin/policies/audit"));
        Assert.Contains($"项目“{title}”：推进中 → 已完成", audit);
        Assert.Contains($"/admin/policies/projects/edit/{id}", audit);
    }

    [Fact]
    public async Task Staff_add_dated_progress_notes_and_a_future_date_or_an_empty_note_is_refused()
    {
        using var staff = await Accounts.ClientAsync(factory, PortalRoles.Staff);
        var id = await CreateAsync(staff, Fields("进展测试项目"));
        var edit = $"/admin/policies/projects/edit/{id}";
        async Task<HttpResponseMessage> NoteAsync(string date, string note) =>
            await Forms.PostAsync(staff, edit, new Dictionary<string, string> { ["noteDate"] = date, ["note"] = note }, edit + "?handler=Progress");

        Assert.Equal(HttpStatusCode.Redirect, (await NoteAsync("2026-01-15", "完成选址论证" + ListEditors.Xss)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await NoteAsync("2999-01-01", "未来的进展")).StatusCode);
        var html = WebUtility.HtmlDecode(await staff.GetStringAsync(edit));
        Assert.Contains("请填写进展日期（2000 年以后，且不晚于今天）。", html);
        Assert.Equal(HttpStatusCode.Redirect, (await NoteAsync("not-a-date", "坏日期")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await NoteAsync("2026-01-16", "")).StatusCode);

        html = await staff.GetStringAsync(edit);
        Assert.Single(NoteItem().Matches(html));
        Assert.Contains("2026-01-15", html);
        Assert.DoesNotContain("<script>alert", html);
        Assert.DoesNotContain("未来的进展", html);
    }

    [Theory]
    [InlineData("Input.Title", "", "请填写标题")]
    [InlineData("Input.Year", "1999", "年度应在 2000 至 2100 之间")]
    [InlineData("Input.Year", "abc", "有字段格式不正确")]
    [InlineData("Input.LeadUnit", "", "请填写牵头单位")]
    public async Task Bad_input_comes_back_with_a_message_and_the_text_kept_and_nothing_saved(string field, string value, string message)
    {
        using var staff = await Accounts.ClientAsync(factory, PortalRoles.Staff);
        var marker = "坏输入说明" + Guid.NewGuid().ToString("N")[..8];
        var title = "坏项目" + Guid.NewGuid().ToString("N")[..8];

        var response = await Forms.PostAsync(staff, "/admin/policies/projects/edit", Fields(title, marker).With(field, value));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(message, html);
        Assert.Contains(marker, html);
        Assert.DoesNotContain("data-testid=\"project-row\"", await staff.GetStringAsync(List(title)));
    }

    [Fact]
    public async Task Script_in_every_field_comes_out_inert_on_the_staff_pages()
    {
        using var staff = await Accounts.ClientAsync(factory, PortalRoles.Staff);
        var fields = Fields("项目" + ListEditors.Xss, "说明" + ListEditors.Xss + "\n\n[点我](javascript:alert(2))")
            .With("Input.LeadUnit", "牵头" + ListEditors.Xss).With("Input.ClaimingUnits", "领办" + ListEditors.Xss + "、乙单位");
        var id = await CreateAsync(staff, fields);

        await ListEditors.AssertInertAsync(staff, [$"/admin/policies/projects/edit/{id}", List("项目<script>"), "/admin/policies/audit"]);
    }

    [Fact]
    public async Task Unknown_ids_answer_404_and_junk_filters_are_ignored()
    {
        using var staff = await Accounts.ClientAsync(factory, PortalRoles.Staff);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync("/admin/policies/projects/edit/999999")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync("/admin/policies/projects?year=abc&state=Galaxy&page=-1&lead=" + new string('局', 500))).StatusCode);
    }


    [GeneratedRegex("data-testid=\"progress-note\"")]
    private static partial Regex NoteItem();
}
