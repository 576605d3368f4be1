using System.Net;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests;

[Collection(WebCollection.Name)]
public sealed class CultureTests(PortalFactory factory)
{
    [Fact]
    public async Task The_language_switch_turns_the_site_to_English_and_back()
    {
        using var client = factory.CreatePortalClient();
        Assert.Contains("<html lang=\"zh-CN\">", await client.GetStringAsync("/"));

        var toEnglish = await Forms.PostAsync(client, "/", new Dictionary<string, string> { ["culture"] = "en", ["returnUrl"] = "/" }, "/culture");
        Assert.Equal(HttpStatusCode.Redirect, toEnglish.StatusCode);
        Assert.Equal("/", toEnglish.Headers.Location!.OriginalString);
        var english = await client.GetStringAsync("/");
        Assert.Contains("<html lang=\"en\">", english);
        Assert.Contains(">中文<", english.Replace(" ", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal), StringComparison.Ordinal);

        var toChinese = await Forms.PostAsync(client, "/", new Dictionary<string, string> { ["culture"] = "zh-CN", ["returnUrl"] = "/" }, "/culture");
        Assert.Equal(HttpStatusCode.Redirect, toChinese.StatusCode);
        Assert.Contains("<html lang=\"zh-CN\">", await client.GetStringAsync("/"));
    }

    [Fact]
    public async Task The_switch_refuses_a_post_without_its_antiforgery_token()
    {
        using var client = factory.CreatePortalClient();
        var response = await client.PostAsync("/culture", new FormUrlEncodedContent(new Dictionary<string, string> { ["culture"] = "en" }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("<html lang=\"zh-CN\">", await client.GetStringAsync("/"));
    }

    [Fact]
    public async Task The_switch_never_sends_a_visitor_off_site()
    {
        using var client = factory.CreatePortalClient();
        var response = await Forms.PostAsync(client, "/", new Dictionary<string, string> { ["culture"] = "en", ["returnUrl"] = "https://evil.example/" }, "/culture");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }
}
