namespace Portal.Core.Modules;

/// <summary>
/// A section a module contributes to the home page: the name of a view component the module
/// registers, and its place in the order. Register with <c>services.AddSingleton(new HomeSection(...))</c>.
/// </summary>
public sealed record HomeSection(string ViewComponent, int Order);
