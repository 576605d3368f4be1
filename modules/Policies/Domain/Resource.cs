using Portal.Core.Enterprises;
using Portal.Modules.Policies.Contracts;

namespace Portal.Modules.Policies.Domain;

/// <summary>An item of the 资源清单: what departments and towns offer the chain.</summary>
internal sealed class Resource : IListItem
{
    public int Id { get; set; }

    public string Title { get; set; } = "";

    public ResourceKind Kind { get; set; }

    public string ProvidingUnit { get; set; } = "";

    /// <summary>Markdown.</summary>
    public string Description { get; set; } = "";

    public string Contact { get; set; } = "";

    /// <summary>Empty means every segment.</summary>
    public List<Segment> Segments { get; set; } = [];

    /// <summary>The categories of need it answers.</summary>
    public List<NeedCategory> Categories { get; set; } = [];

    public bool Published { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }
}
