using System.Reflection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Razor.Hosting;

namespace Portal.Testing;

/// <summary>A compiled Razor page as the build emitted it: its route and the authorization attributes on the page or its model.</summary>
public sealed record CompiledPage(string Identifier, string? Route, Type PageType, IReadOnlyList<object> AuthorizationAttributes)
{
    public bool IsPublic => AuthorizationAttributes.OfType<IAllowAnonymous>().Any();

    public IEnumerable<string?> Policies => AuthorizationAttributes.OfType<IAuthorizeData>().Select(a => a.Policy);

    public bool IsGuarded => AuthorizationAttributes.OfType<IAuthorizeData>().Any();
}

public static class RazorPages
{
    /// <summary>Every Razor page compiled into <paramref name="assembly"/> (a Razor Class Library or the host).</summary>
    public static IReadOnlyList<CompiledPage> In(Assembly assembly) =>
        assembly.GetCustomAttributes<RazorCompiledItemAttribute>()
            .Where(i => i.Kind == "mvc.1.0.razor-page")
            .Select(i => new CompiledPage(i.Identifier, RouteOf(i.Type, i.Identifier), i.Type, AttributesOf(i.Type)))
            .ToList();

    private static string? RouteOf(Type page, string identifier)
    {
        var template = page.GetCustomAttributes<RazorCompiledItemMetadataAttribute>().FirstOrDefault(m => m.Key == "RouteTemplate")?.Value;
        if (template is not null && template.StartsWith('/'))
        {
            return template.ToLowerInvariant();
        }

        return null;
    }

    private static List<object> AttributesOf(Type page)
    {
        var model = page.GetProperty("Model")?.PropertyType;
        var attributes = page.GetCustomAttributes(inherit: true).ToList();
        if (model is not null && model != page)
        {
            attributes.AddRange(model.GetCustomAttributes(inherit: true));
        }

        return attributes.Where(a => a is IAllowAnonymous or IAuthorizeData).ToList();
    }
}
