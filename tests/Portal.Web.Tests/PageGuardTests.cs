using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using Portal.Web.Hosting;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests;

[Collection(WebCollection.Name)]
public sealed class PageGuardTests(PortalFactory factory)
{
    private static RouteEndpoint Endpoint(string pattern, params object[] metadata) =>
        new(_ => Task.CompletedTask, RoutePatternFactory.Parse(pattern), 0, new EndpointMetadataCollection(metadata), pattern);

    [Fact]
    public void Every_endpoint_of_the_running_app_is_public_on_purpose_or_guarded()
    {
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints;
        Assert.True(endpoints.Count > 5, $"only {endpoints.Count} endpoints: the app did not map its pages");
        Assert.Empty(PageGuard.FindUnguarded(endpoints));
    }

    [Fact]
    public void An_endpoint_with_neither_attribute_is_reported()
    {
        var unguarded = PageGuard.FindUnguarded(
        [
            Endpoint("/fake/forgotten"),
            Endpoint("/fake/public", new AllowAnonymousAttribute()),
            Endpoint("/fake/guarded", new AuthorizeAttribute("Expo.Manage")),
            Endpoint("/fake/signed-in", new AuthorizeAttribute()),
        ]);
        Assert.Equal(["/fake/forgotten"], unguarded);
    }

    [Fact]
    public void The_start_up_check_refuses_an_app_with_an_unguarded_endpoint()
    {
        var routes = new FakeRouteBuilder(Endpoint("/fake/forgotten"), Endpoint("/fake/public", new AllowAnonymousAttribute()));
        var error = Assert.Throws<InvalidOperationException>(() => PageGuard.EnsureAllGuarded(routes));
        Assert.Contains("/fake/forgotten", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("/fake/public", error.Message, StringComparison.Ordinal);
    }

    private sealed class FakeRouteBuilder(params Endpoint[] endpoints) : IEndpointRouteBuilder
    {
        public IServiceProvider ServiceProvider { get; } = new ServiceCollection().BuildServiceProvider();

        public ICollection<EndpointDataSource> DataSources { get; } = [new DefaultEndpointDataSource(endpoints)];

        public IApplicationBuilder CreateApplicationBuilder() => throw new NotSupportedException();
    }
}
