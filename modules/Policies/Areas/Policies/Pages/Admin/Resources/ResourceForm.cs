using Portal.Core.Enterprises;
using Portal.Modules.Policies.Contracts;
using Portal.Modules.Policies.Domain;

namespace Portal.Modules.Policies.Areas.Policies.Pages.Admin.Resources;

/// <summary>The resource editor's fields, bound from the post; <see cref="ToInput"/> hands them to ResourceService.</summary>
public sealed class ResourceForm
{
    public string? Title { get; set; }

    public ResourceKind Kind { get; set; } = ResourceKind.Resource;

    public string? ProvidingUnit { get; set; }

    public string? Contact { get; set; }

    public List<Segment> Segments { get; set; } = [];

    public List<NeedCategory> Categories { get; set; } = [];

    public string? Description { get; set; }

    internal ResourceInput ToInput() => new()
    {
        Title = Title ?? "", Kind = Kind, ProvidingUnit = ProvidingUnit ?? "", Contact = Contact ?? "", Segments = Segments,
        Categories = Categories, Description = Description ?? "",
    };

    internal static ResourceForm From(Resource r) => new()
    {
        Title = r.Title, Kind = r.Kind, ProvidingUnit = r.ProvidingUnit, Contact = r.Contact, Segments = [.. r.Segments],
        Categories = [.. r.Categories], Description = r.Description,
    };
}
