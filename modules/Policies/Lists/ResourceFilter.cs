using Microsoft.Extensions.Primitives;
using Portal.Core.Enterprises;
using Portal.Modules.Policies.Contracts;
using Portal.Modules.Policies.Domain;

namespace Portal.Modules.Policies.Lists;

/// <summary>The /resources filters in the query string: <c>q kind unit segment need page</c>.</summary>
public sealed record ResourceFilter(
    string? Q = null, ResourceKind? Kind = null, string? Unit = null, Segment? Segment = null, NeedCategory? Need = null, int Page = 1)
{
    public bool HadJunk { get; init; }

    public bool IsEmpty => this with { Page = 1, HadJunk = false } == new ResourceFilter();

    public static ResourceFilter From(IEnumerable<KeyValuePair<string, StringValues>> query)
    {
        var read = new QueryReader(query);
        var filter = new ResourceFilter(
            read.Text("q", Search.PolicyFilter.MaxQueryLength), read.Enum<ResourceKind>("kind"), read.Text("unit", 100),
            read.Enum<Segment>("segment"), read.Enum<NeedCategory>("need"), read.Page());
        return filter with { HadJunk = read.HadJunk };
    }

    public string ToQueryString(bool withPage = true) => QueryReader.ToQueryString(
    [
        ("q", Q), ("kind", QueryReader.Slug(Kind)), ("unit", Unit), ("segment", QueryReader.Slug(Segment)), ("need", QueryReader.Slug(Need)),
        ("page", withPage && Page > 1 ? Page.ToString(System.Globalization.CultureInfo.InvariantCulture) : null),
    ]);
}

/// <summary>The /projects filters in the query string: <c>q year state lead page</c>.</summary>
public sealed record ProjectFilter(string? Q = null, int? Year = null, ProjectState? State = null, string? Lead = null, int Page = 1)
{
    public bool HadJunk { get; init; }

    public bool IsEmpty => this with { Page = 1, HadJunk = false } == new ProjectFilter();

    public static ProjectFilter From(IEnumerable<KeyValuePair<string, StringValues>> query)
    {
        var read = new QueryReader(query);
        var filter = new ProjectFilter(
            read.Text("q", Search.PolicyFilter.MaxQueryLength), read.Number("year", 2000, 2100), read.Enum<ProjectState>("state"),
            read.Text("lead", 100), read.Page());
        return filter with { HadJunk = read.HadJunk };
    }

    public string ToQueryString(bool withPage = true) => QueryReader.ToQueryString(
    [
        ("q", Q), ("year", Year?.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("state", QueryReader.Slug(State)), ("lead", Lead),
        ("page", withPage && Page > 1 ? Page.ToString(System.Globalization.CultureInfo.InvariantCulture) : null),
    ]);
}
