using Microsoft.EntityFrameworkCore;
using Portal.Core.Enterprises;
using Portal.Modules.Policies.Contracts;
using Portal.Modules.Policies.Data;
using Portal.Modules.Policies.Domain;

namespace Portal.Modules.Policies.Admin;

/// <summary>The staff resource list's filter; every field optional. The URL carries it, the Excel export reuses it.</summary>
public sealed record ResourceAdminFilter(
    string? Q = null, ResourceKind? Kind = null, string? Unit = null, Segment? Segment = null, NeedCategory? Category = null, bool? Published = null)
{
    public string QueryString(int? page = null) =>
        AdminQuery.Build(page, ("q", Q), ("kind", Kind), ("unit", Unit), ("segment", Segment), ("category", Category), ("published", Published));
}

/// <summary>Reads for the staff resource pages.</summary>
internal sealed class ResourceAdminQueries(PoliciesDbContext db)
{
    public const int PageSize = 20;

    /// <summary>A segment filter also keeps the items meant for every segment (no segment chosen).</summary>
    public IQueryable<Resource> Filtered(ResourceAdminFilter filter)
    {
        var query = db.Resources.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var q = filter.Q.Trim();
            query = query.Where(r => r.Title.Contains(q) || r.ProvidingUnit.Contains(q) || r.Contact.Contains(q));
        }

        if (!string.IsNullOrWhiteSpace(filter.Unit))
        {
            var unit = filter.Unit.Trim();
            query = query.Where(r => r.ProvidingUnit == unit);
        }

        if (filter.Kind is { } kind)
        {
            query = query.Where(r => r.Kind == kind);
        }

        if (filter.Segment is { } segment)
        {
            query = query.Where(r => r.Segments.Count == 0 || r.Segments.Contains(segment));
        }

        if (filter.Category is { } category)
        {
            query = query.Where(r => r.Categories.Contains(category));
        }

        return filter.Published is { } published ? query.Where(r => r.Published == published) : query;
    }

    /// <summary>The providing units in use, for the filter's list.</summary>
    public async Task<IReadOnlyList<string>> UnitsAsync(CancellationToken cancellationToken) =>
        (await db.Resources.Select(r => r.ProvidingUnit).Distinct().ToListAsync(cancellationToken)).Order(StringComparer.Ordinal).ToList();

    public Task<Resource?> FindAsync(int id, CancellationToken cancellationToken) =>
        db.Resources.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
}
