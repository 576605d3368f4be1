namespace Portal.Modules.Policies.Areas.Policies.Pages.Public;

/// <summary>One facet of the finder as the view shows it: links with counts, the current value marked.</summary>
public sealed record FacetGroup(string Key, string Title, IReadOnlyList<FacetLink> Items);

public sealed record FacetLink(string Label, int Count, string Url, bool Selected);
