using System.Net;
using Portal.Core.Security;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests;

/// <summary>
/// The account flows behind the login page, end to end over HTTP: the two-factor step with an
/// authenticator code or a recovery code, the forgotten password by mail, and the confirmation mail sent again.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class SignInFlowTests(PortalFactory factory)
{
    [Fact]
    public async Task With_two_factor_on_signing_in_asks_for_the_code_and_a_recovery_code_works_once()
    {
        var email = await TestUsers.CreateAsync(factory, PortalRoles.Enterprise);
        IReadOnlyList<string> recoveryCodes;
        using (var first = factory.CreatePortalClient())
        {
            await Accounts.LoginAsync(first, email, TestUsers.Password);
            var setUp = await first.GetStringAsync(TwoFactor.Page);
            recoveryCodes = await TwoFactor.EnableAsync(first, setUp);
            Assert.Equal(10, recoveryCodes.Count);
        }

        var key = await TestUsers.WithUsersAsync(factory, async users => (await users.GetAuthenticatorKeyAsync((await users.FindByEmailAsync(email))!))!);

        using (var withCode = factory.CreatePortalClient())
        {
            var step = await PasswordStepAsync(withCode, email);
            Assert.StartsWith("/account/login-with-2fa", step, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.Redirect, (await withCode.GetAsync("/my")).StatusCode); // not signed in yet

            var wrong = await Forms.PostAsync(withCode, step, new Dictionary<string, string> { ["Input.Code"] = "000000" == Totp.Code(key, DateTimeOffset.UtcNow) ? "111111" : "000000" });
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
            Assert.Equal("验证码不正确。", Html.FieldError(WebUtility.HtmlDecode(await wrong.Content.ReadAsStringAsync()), "Input.Code"));

            var right = await Forms.PostAsync(withCode, step, new Dictionary<string, string> { ["Input.Code"] = Totp.Code(key, DateTimeOffset.UtcNow) });
            Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await withCode.GetAsync("/my")).StatusCode);
        }

        const string recoveryPage = "/account/login-with-recovery-code";
        using (var withRecovery = factory.CreatePortalClient())
        {
            await PasswordStepAsync(withRecovery, email);
            var used = await Forms.PostAsync(withRecovery, recoveryPage, new Dictionary<string, string> { ["Input.RecoveryCode"] = " " + recoveryCodes[0].ToLowerInvariant() + " " });
            Assert.Equal(HttpStatusCode.Redirect, used.StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await withRecovery.GetAsync("/my")).StatusCode);
        }

        using (var again = factory.CreatePortalClient())
        {
            await PasswordStepAsync(again, email);
            var reused = await Forms.PostAsync(again, recoveryPage, new Dictionary<string, string> { ["Input.RecoveryCode"] = recoveryCodes[0] });
            Assert.Equal(HttpStatusCode.OK, reused.StatusCode);
            Assert.Equal("恢复码不正确或已经用过。", Html.FieldError(WebUtility.HtmlDecode(await reused.Content.ReadAsStringAsync()), "Input.RecoveryCode"));
        }
    }

    [Fact]
    public async Task The_second_step_without_a_password_first_goes_back_to_log_in()
    {
        using var client = factory.CreatePortalClient();
        foreach (var page in new[] { "/account/login-with-2fa", "/account/login-with-recovery-code" })
        {
            var response = await client.GetAsync(page);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith(Accounts.LoginPath, response.Headers.Location!.OriginalString, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task A_forgotten_password_is_reset_from_the_mailed_link_and_an_unknown_address_gets_the_same_answer()
    {
        var email = await TestUsers.CreateAsync(factory, PortalRoles.Helper);
        const string page = "/account/forgot-password";
        using var client = factory.CreatePortalClient();

        var known = await Forms.PostAsync(client, page, new Dictionary<string, string> { ["Input.Email"] = email });
        var knownAnswer = await FollowAsync(client, known);
        var unknown = await Forms.PostAsync(client, page, new Dictionary<string, string> { ["Input.Email"] = "nobody-" + email });
        Assert.Equal(knownAnswer, await FollowAsync(client, unknown));
        Assert.Contains("重置密码的链接", knownAnswer, StringComparison.Ordinal);

        await Outbox.DispatchAsync(factory);
        var mail = Assert.Single(factory.Smtp.Messages, m => Outbox.IsTo(m, email));
        Assert.DoesNotContain(factory.Smtp.Messages, m => Outbox.IsTo(m, "nobody-" + email));
        var link = Outbox.LinkTo(mail, "/account/reset-password");
        var reset = await Forms.PostAsync(client, link, new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Code"] = System.Web.HttpUtility.ParseQueryString(new Uri(new Uri("http://localhost"), link).Query)["code"]!,
            ["Input.Password"] = "NewPass2026x",
            ["Input.ConfirmPassword"] = "NewPass2026x",
        });
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);

        using var fresh = factory.CreatePortalClient();
        await Accounts.LoginAsync(fresh, email, "NewPass2026x");
    }

    [Fact]
    public async Task The_confirmation_mail_is_sent_again_only_to_an_unconfirmed_address()
    {
        var registration = Registrations.New();
        var confirmed = await TestUsers.CreateAsync(factory, PortalRoles.Enterprise);
        using var client = factory.CreatePortalClient();
        Assert.Equal(HttpStatusCode.Redirect, (await Registrations.PostAsync(client, registration.Fields())).StatusCode);

        const string page = "/account/resend-confirmation";
        var unconfirmedAnswer = await FollowAsync(client, await Forms.PostAsync(client, page, new Dictionary<string, string> { ["Input.Email"] = registration.Email }));
        var confirmedAnswer = await FollowAsync(client, await Forms.PostAsync(client, page, new Dictionary<string, string> { ["Input.Email"] = confirmed }));
        Assert.Equal(unconfirmedAnswer, confirmedAnswer);
        Assert.Contains("确认邮件", unconfirmedAnswer, StringComparison.Ordinal);

        await Outbox.DispatchAsync(factory);
        Assert.Equal(2, factory.Smtp.Messages.Count(m => Outbox.IsTo(m, registration.Email) && m.Subject == "请确认您的邮箱"));
        Assert.DoesNotContain(factory.Smtp.Messages, m => Outbox.IsTo(m, confirmed));
    }

    /// <summary>Posts the password; returns where the second step is (the redirect's address).</summary>
    private static async Task<string> PasswordStepAsync(HttpClient client, string email)
    {
        var response = await Forms.PostAsync(client, Accounts.LoginPath, new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = TestUsers.Password,
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.OriginalString;
    }

    /// <summary>The status message the page shows after its redirect.</summary>
    private static async Task<string> FollowAsync(HttpClient client, HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var html = WebUtility.HtmlDecode(await client.GetStringAsync(response.Headers.Location!.OriginalString));
        var start = html.IndexOf("role=\"status\"", StringComparison.Ordinal);
        Assert.True(start >= 0, "no status message after the redirect");
        return html[start..html.IndexOf("</div>", start, StringComparison.Ordinal)];
    }
}
