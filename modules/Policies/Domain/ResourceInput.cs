using Portal.Core;
using Portal.Core.Enterprises;
using Portal.Modules.Policies.Contracts;

namespace Portal.Modules.Policies.Domain;

/// <summary>The editable fields of a resource-list item, as the form and the Excel import give them.</summary>
internal sealed record ResourceInput : IListItemInput<Resource>
{
    public const int MaxDescription = 20_000;

    public string Title { get; init; } = "";

    public ResourceKind Kind { get; init; } = ResourceKind.Resource;

    public string ProvidingUnit { get; init; } = "";

    public string Contact { get; init; } = "";

    public IReadOnlyList<Segment> Segments { get; init; } = [];

    public IReadOnlyList<NeedCategory> Categories { get; init; } = [];

    public string Description { get; init; } = "";

    /// <summary>Only read when an item is made (the import); the editor publishes with its own buttons.</summary>
    public bool Published { get; init; }

    public static ResourceInput From(Resource r) => new()
    {
        Title = r.Title, Kind = r.Kind, ProvidingUnit = r.ProvidingUnit, Contact = r.Contact, Segments = [.. r.Segments],
        Categories = [.. r.Categories], Description = r.Description, Published = r.Published,
    };

    /// <summary>A new item with these fields (published as <see cref="Published"/> says).</summary>
    public Resource Create(DateTime now)
    {
        var resource = new Resource { Published = Published, CreatedAt = now, UpdatedAt = now };
        ApplyTo(resource);
        return resource;
    }

    public void ApplyTo(Resource r)
    {
        r.Title = Title.Trim();
        r.Kind = Kind;
        r.ProvidingUnit = ProvidingUnit.Trim();
        r.Contact = Contact.Trim();
        r.Segments = [.. Segments.Distinct().Order()];
        r.Categories = [.. Categories.Distinct().Order()];
        r.Description = Description.Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    /// <summary>What is wrong with the fields, or null; shared by the form and the import.</summary>
    public Refusal? Check()
    {
        if (string.IsNullOrWhiteSpace(Title) || Title.Trim().Length > 200)
        {
            return new Refusal(nameof(Title), "请填写标题（200 字以内）。");
        }

        if (string.IsNullOrWhiteSpace(ProvidingUnit) || ProvidingUnit.Trim().Length > 100)
        {
            return new Refusal(nameof(ProvidingUnit), "请填写提供单位（100 字以内）。");
        }

        if (Contact.Trim().Length > 200)
        {
            return new Refusal(nameof(Contact), "联系方式不超过 200 字。");
        }

        if (!Enum.IsDefined(Kind) || Segments.Any(s => !Enum.IsDefined(s)) || Categories.Any(c => !Enum.IsDefined(c)))
        {
            return Refusal.Form("请从列表中选择类别、行业和需求类别。");
        }

        if (Categories.Count == 0)
        {
            return new Refusal(nameof(Categories), "请至少选择一个能解决的需求类别。");
        }

        return Description.Length > MaxDescription ? new Refusal(nameof(Description), "说明不超过 20000 字。") : null;
    }
}
