using System.Net;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests;

/// <summary>
/// With Portal:RateLimits:AuthPerMinute = 3, the fourth POST from one client within a minute gets the
/// Chinese 429 page and changes nothing (the refused registration, valid as it is, makes no account); reading the form is never limited. Each form gets a host of
/// its own, because log-in and registration share one budget per client.
/// </summary>
public abstract class RateLimitTests(RateLimitedPortalFactory factory, string formPath, Func<int, IReadOnlyDictionary<string, string>> fields)
{
    [Fact]
    public async Task The_fourth_post_within_a_minute_gets_the_Chinese_429_page_and_reading_stays_free()
    {
        using var client = factory.CreatePortalClient();
        for (var i = 1; i <= RateLimitedPortalFactory.AuthPerMinute; i++)
        {
            var allowed = await Forms.PostAsync(client, formPath, fields(i));
            Assert.NotEqual(HttpStatusCode.TooManyRequests, allowed.StatusCode);
        }

        var refusedFields = fields(RateLimitedPortalFactory.AuthPerMinute + 1);
        var limited = await Forms.PostAsync(client, formPath, refusedFields);
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        var html = WebUtility.HtmlDecode(await limited.Content.ReadAsStringAsync());
        Assert.Contains("<html lang=\"zh-CN\">", html);
        Assert.Contains("操作太频繁", html);
        Assert.Contains("请稍等一分钟再试。", html);
        Assert.Null(await TestUsers.WithUsersAsync(factory, users => users.FindByEmailAsync(refusedFields["Input.Email"])));

        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(formPath)).StatusCode);
        }
    }
}

public sealed class LoginRateLimitTests(RateLimitedPortalFactory factory)
    : RateLimitTests(factory, Accounts.LoginPath, i => new Dictionary<string, string>
    {
        ["Input.Email"] = $"nobody{i}@example.cn",
        ["Input.Password"] = "wrong-password-1",
    }), IClassFixture<RateLimitedPortalFactory>;

public sealed class RegistrationRateLimitTests(RateLimitedPortalFactory factory)
    : RateLimitTests(factory, Registrations.Path, _ => Registrations.New().Fields()),
      IClassFixture<RateLimitedPortalFactory>;
