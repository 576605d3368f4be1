using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Core.Enterprises;
using Portal.Core.Security;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests;

/// <summary>
/// Garbage posted to the foundation's forms and typed into its addresses: the answer is a page with a
/// Chinese message (200 with the form again, 400 or 404), the database does not change, and nothing is a 500.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class BadInputTests(PortalFactory factory)
{
    private static readonly string Long1000 = new('纺', 1000);

    public static TheoryData<string, string, string> BadRegistrations => new()
    {
        { "Input.EnterpriseName", Long1000, "企业名称应为 2 到 100 个字符。" },
        { "Input.DisplayName", Long1000, "联系人姓名不能超过 50 个字符。" },
        { "Input.FoundedYear", "abc", "“abc”不是有效的值。" },
        { "Input.FoundedYear", "99999999999999999999", "不是有效的值" },
        { "Input.FoundedYear", "1066", "成立年份应在 1900 到" },
        { "Input.Segment", "Banana", "“Banana”不是有效的值。" },
        { "Input.Segment", "999", "“999”不是有效的值。" },
        { "Input.Segment", "", "请选择所属行业。" },
        { "Input.Size", "-1", "“-1”不是有效的值。" },
        { "Input.TownId", "987654", "请选择所在镇街园区。" },
        { "Input.TownId", "abc", "不是有效的值" },
        { "Input.CreditCode", "<script>alert(1)</script>", "统一社会信用代码" },
        { "Input.ContactPhone", "<script>", "请填写有效的联系电话" },
        { "Input.Email", new string('a', 300) + "@example.cn", "邮箱" },
        { "Input.ConfirmPassword", "something-else-1", "两次输入的密码不一致。" },
        { "Input.AboveDesignatedSize", "junk", "“junk”不是有效的值。" },
    };

    [Theory]
    [MemberData(nameof(BadRegistrations))]
    public async Task A_bad_registration_is_refused_next_to_its_field_and_saves_nothing(string field, string value, string message)
    {
        using var client = factory.CreatePortalClient();
        var registration = Registrations.New();
        var before = await DatabaseSnapshot.TakeAsync(factory);

        var response = await Registrations.PostAsync(client, registration.Fields(new Dictionary<string, string> { [field] = value }));

        var html = await ExpectPageAsync(response, HttpStatusCode.OK);
        Assert.Contains(message, Html.FieldError(html, field), StringComparison.Ordinal);
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(factory));
        Assert.Null(await TestUsers.WithUsersAsync(factory, users => users.FindByEmailAsync(registration.Email)));
    }

    [Fact]
    public async Task The_same_registration_without_the_bad_value_is_accepted()
    {
        // The control for the theory above: the form as filled is valid, so each refusal is the bad value's doing.
        using var client = factory.CreatePortalClient();
        var response = await Registrations.PostAsync(client, Registrations.New().Fields());
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Theory]
    [InlineData("", "", "Input.Email", "请填写邮箱。")]
    [InlineData("", "", "Input.Password", "请填写密码。")]
    [InlineData("not-an-address", "x", "Input.Email", "邮箱格式不正确。")]
    [InlineData("admin@demo.local", "Demo#2026", "Input.RememberMe", "“junk”不是有效的值。")]
    public async Task A_login_with_empty_or_bad_fields_says_what_is_missing(string email, string password, string field, string message)
    {
        using var client = factory.CreatePortalClient();
        var response = await Forms.PostAsync(client, Accounts.LoginPath, new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
            ["Input.RememberMe"] = field == "Input.RememberMe" ? "junk" : "false",
        });
        var html = await ExpectPageAsync(response, HttpStatusCode.OK);

        // The checkbox has no message of its own under it: its message is in the form's summary.
        Assert.Contains(message, field == "Input.RememberMe" ? html : Html.FieldError(html, field), StringComparison.Ordinal);
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("portal.auth=", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("", "请填写不通过的理由。")]
    [InlineData("   ", "请填写不通过的理由。")]
    [InlineData(null, "理由不能超过 500 字。")]
    public async Task A_rejection_without_a_reason_or_with_a_reason_too_long_changes_nothing(string? reason, string message)
    {
        using var staff = await Accounts.ClientAsync(factory, PortalRoles.Staff);
        var id = await UnverifiedEnterpriseAsync();
        var before = await DatabaseSnapshot.TakeAsync(factory);

        var details = $"/admin/enterprises/{id}";
        var response = await Forms.PostAsync(staff, details, new Dictionary<string, string> { ["Reason"] = reason ?? new string('差', 600) }, details + "?handler=Reject");

        var html = await ExpectPageAsync(response, HttpStatusCode.OK);
        Assert.Contains(message, html, StringComparison.Ordinal);
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(factory));
    }

    [Theory]
    [InlineData("Verify")]
    [InlineData("Reject")]
    public async Task Deciding_on_an_enterprise_that_does_not_exist_is_a_404(string handler)
    {
        using var staff = await Accounts.ClientAsync(factory, PortalRoles.Staff);
        var before = await DatabaseSnapshot.TakeAsync(factory);
        var response = await Forms.PostAnywayAsync(staff, "/admin/enterprises", [new("Reason", "理由")], $"/admin/enterprises/987654?handler={handler}");
        await ExpectPageAsync(response, HttpStatusCode.NotFound);
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(factory));
    }

    [Theory]
    [InlineData("Nonsense")]
    [InlineData("Admin", "Nonsense")]
    [InlineData("")]
    public async Task An_unknown_role_is_refused_and_the_users_roles_stay(params string[] roles)
    {
        using var admin = await Accounts.ClientAsync(factory, PortalRoles.Admin);
        var helperId = await TestUsers.WithUsersAsync(factory, async users => (await users.FindByEmailAsync(Accounts.DemoEmail(PortalRoles.Helper)))!.Id);
        var before = await DatabaseSnapshot.TakeAsync(factory);

        var page = $"/admin/users/{helperId}";
        var response = await Forms.PostAsync(admin, page, roles.Select(r => new KeyValuePair<string, string>("Roles", r)), page + "?handler=Roles");
        var html = await ExpectPageAsync(response, HttpStatusCode.OK);
        Assert.Contains("所选角色无效", html, StringComparison.Ordinal);
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(factory));
    }

    [Theory]
    [InlineData("xx-YY")]
    [InlineData("")]
    [InlineData("../../etc/passwd")]
    public async Task A_bogus_culture_leaves_the_site_Chinese(string culture)
    {
        using var client = factory.CreatePortalClient();
        var response = await Forms.PostAsync(client, "/", new Dictionary<string, string> { ["culture"] = culture, ["returnUrl"] = "/" }, "/culture");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
        Assert.Equal("zh-CN", Html.Language(await client.GetStringAsync("/")));
    }

    [Theory]
    [InlineData(PortalRoles.Enterprise, "/my/inbox/987654321", HttpStatusCode.NotFound)]
    [InlineData(PortalRoles.Enterprise, "/my/inbox/abc", HttpStatusCode.NotFound)]
    [InlineData(PortalRoles.Enterprise, "/my/inbox/99999999999999999999999", HttpStatusCode.NotFound)]
    [InlineData(PortalRoles.Enterprise, "/my/inbox?page=abc", HttpStatusCode.OK)]
    [InlineData(PortalRoles.Enterprise, "/my/inbox?page=-3", HttpStatusCode.OK)]
    [InlineData(PortalRoles.Staff, "/admin/enterprises?page=abc&state=999", HttpStatusCode.OK)]
    [InlineData(PortalRoles.Staff, "/admin/enterprises?page=99999&segment=Banana&q=%27%3B--", HttpStatusCode.OK)]
    [InlineData(PortalRoles.Staff, "/admin/enterprises/987654", HttpStatusCode.NotFound)]
    [InlineData(PortalRoles.Staff, "/admin/enterprises/abc", HttpStatusCode.NotFound)]
    [InlineData(PortalRoles.Admin, "/admin/users?page=abc&role=Nonsense", HttpStatusCode.OK)]
    [InlineData(PortalRoles.Admin, "/admin/users/no-such-user", HttpStatusCode.NotFound)]
    [InlineData(null, "/error/abc", HttpStatusCode.NotFound)]
    [InlineData(null, "/error/42", HttpStatusCode.NotFound)]
    [InlineData(null, "/account/login?ReturnUrl=%00%0d%0a", HttpStatusCode.OK)]
    [InlineData(null, "/error/200", HttpStatusCode.NotFound)]
    [InlineData(null, "/error/99999999999", HttpStatusCode.NotFound)]
    [InlineData(null, "/account/confirm-email?userId=nobody&code=%%%", HttpStatusCode.OK)]
    [InlineData(null, "/account/reset-password?email=x&code=!!!", HttpStatusCode.OK)]
    public async Task Bad_addresses_answer_a_Chinese_page_not_a_500(string? role, string path, HttpStatusCode expected)
    {
        using var client = await Accounts.ClientAsync(factory, role);
        await ExpectPageAsync(await client.GetAsync(path), expected);
    }

    /// <summary>A NUL character makes the whole form unreadable: antiforgery answers 400, and the error page must say so, not fail.</summary>
    [Theory]
    [InlineData(Accounts.LoginPath)]
    [InlineData(Registrations.Path)]
    [InlineData("/culture")]
    [InlineData("/account/forgot-password")]
    public async Task A_form_that_cannot_be_read_is_a_Chinese_400(string action)
    {
        using var client = factory.CreatePortalClient();
        var response = await Forms.PostAnywayAsync(client, Accounts.LoginPath, [new("Input.Email", "a\u0000b@example.cn"), new("culture", "\u0000")], action);
        var html = await ExpectPageAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("请求无效", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Marking_a_message_that_does_not_exist_read_is_a_404()
    {
        using var client = await Accounts.ClientAsync(factory, PortalRoles.Enterprise);
        var response = await Forms.PostAnywayAsync(client, "/my/inbox", [], "/my/inbox?handler=Read&id=987654321");
        await ExpectPageAsync(response, HttpStatusCode.NotFound);
    }

    public static TheoryData<string?> Visitors => [null, PortalRoles.Enterprise, PortalRoles.Admin];

    /// <summary>Every POST form on every page the visitor can open, every field filled with junk: never a 500, nothing saved.</summary>
    [Theory]
    [MemberData(nameof(Visitors))]
    public async Task Junk_in_every_form_of_every_page_is_never_a_500(string? role)
    {
        var failures = new List<string>();
        var posted = 0;
        var client = await Accounts.ClientAsync(factory, role);
        try
        {
            foreach (var path in PageAccess.Pages(factory.Services).Select(p => p.Path))
            {
                var page = await client.GetAsync(path);
                if (page.StatusCode != HttpStatusCode.OK)
                {
                    continue;
                }

                foreach (var form in PostForms.In(await page.Content.ReadAsStringAsync()))
                {
                    var action = form.Action ?? path;
                    var before = await DatabaseSnapshot.TakeAsync(factory);
                    var response = await Forms.PostAnywayAsync(client, path, form.Fields.Select(f => new KeyValuePair<string, string>(f, Junk)), action);
                    posted++;
                    if ((int)response.StatusCode >= 500)
                    {
                        failures.Add($"{action} (from {path}): {(int)response.StatusCode}");
                    }
                    else if (await DatabaseSnapshot.TakeAsync(factory) != before)
                    {
                        failures.Add($"{action} (from {path}): junk changed the database");
                    }

                    if (action.StartsWith("/account/logout", StringComparison.OrdinalIgnoreCase))
                    {
                        // Junk or not, signing out signs out: sign in again so the next form is tested as the same visitor.
                        client.Dispose();
                        client = await Accounts.ClientAsync(factory, role);
                    }
                }
            }
        }
        finally
        {
            client.Dispose();
        }

        Assert.True(posted >= 5, $"only {posted} forms posted: the test reads too little");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    // No NUL here: it makes the whole form unreadable (a 400 before any handler runs); that case has its own test.
    private const string Junk = "<script>alert('x')</script>\"'; DROP TABLE core_enterprises;-- ﷽ 纺纺纺 -1 99999999999";

    /// <summary>The response is a rendered Chinese page with the expected status.</summary>
    private static async Task<string> ExpectPageAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.True(response.StatusCode == expected, $"{response.RequestMessage?.RequestUri}: expected {(int)expected}, got {(int)response.StatusCode}");
        Assert.Equal("zh-CN", Html.Language(html));
        Assert.True(Html.HasChinese(Html.Title(html)), $"title \"{Html.Title(html)}\"");
        return html;
    }

    private async Task<int> UnverifiedEnterpriseAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CoreDbContext>().Enterprises
            .Where(e => e.Verification == VerificationState.Unverified).Select(e => e.Id).FirstAsync();
    }
}
