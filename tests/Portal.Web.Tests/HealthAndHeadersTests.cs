using System.Net;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests;

[Collection(WebCollection.Name)]
public sealed class HealthAndHeadersTests(PortalFactory factory)
{
    [Fact]
    public async Task The_app_uses_the_temporary_database_not_the_developers_one()
    {
        using var client = factory.CreatePortalClient();
        (await client.GetAsync("/healthz")).EnsureSuccessStatusCode();
        Assert.True(File.Exists(factory.DatabaseFile), $"expected the portal's database at {factory.DatabaseFile}");
    }

    [Fact]
    public async Task Healthz_answers_Healthy()
    {
        using var client = factory.CreatePortalClient();
        var response = await client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/admin")]
    [InlineData("/error/404")]
    [InlineData("/no-such-page")]
    public async Task Security_headers_are_on_every_normal_response(string path)
    {
        using var client = factory.CreatePortalClient();
        var response = await client.GetAsync(path);
        Assert.NotEqual(HttpStatusCode.InternalServerError, response.StatusCode);

        var csp = Header(response, "Content-Security-Policy");
        Assert.Contains("default-src 'self'", csp);
        Assert.Contains("script-src 'self'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("object-src 'none'", csp);
        Assert.DoesNotContain("'unsafe-inline'", csp);
        Assert.DoesNotContain("'unsafe-eval'", csp);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header(response, "Referrer-Policy"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
    }

    [Fact]
    public async Task The_home_page_is_served_in_Chinese_with_the_seeded_figures()
    {
        using var client = factory.CreatePortalClient();
        var response = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("<html lang=\"zh-CN\">", html);
        Assert.Contains("产业链党群服务中心", html);
    }

    [Theory]
    [InlineData("/error/404", HttpStatusCode.NotFound)]
    [InlineData("/error/403", HttpStatusCode.Forbidden)]
    [InlineData("/no-such-page", HttpStatusCode.NotFound)]
    public async Task Error_pages_answer_with_their_status_in_Chinese(string path, HttpStatusCode expected)
    {
        using var client = factory.CreatePortalClient();
        var response = await client.GetAsync(path);
        Assert.Equal(expected, response.StatusCode);
        Assert.Contains("返回首页", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : throw new Xunit.Sdk.XunitException($"{name} header missing on {response.RequestMessage?.RequestUri}");
}
