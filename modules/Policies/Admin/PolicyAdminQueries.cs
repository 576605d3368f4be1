using Microsoft.EntityFrameworkCore;
using Portal.Modules.Policies.Data;
using Portal.Modules.Policies.Domain;

namespace Portal.Modules.Policies.Admin;

/// <summary>The staff list's filter; every field optional. The URL carries it, the Excel export reuses it.</summary>
public sealed record PolicyAdminFilter(string? Q = null, PolicyState? State = null, PolicyLevel? Level = null, SupportArea? Area = null)
{
    public string QueryString(int? page = null) =>
        AdminQuery.Build(page, ("q", Q), ("state", State), ("level", Level), ("area", Area));
}

/// <summary>Reads for the staff pages.</summary>
internal sealed class PolicyAdminQueries(PoliciesDbContext db)
{
    public const int PageSize = 20;

    public IQueryable<Policy> Filtered(PolicyAdminFilter filter)
    {
        var query = db.Policies.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var q = filter.Q.Trim();
            query = query.Where(p => p.Title.Contains(q) || p.DocumentNumber.Contains(q) || p.IssuingDepartment.Contains(q));
        }

        if (filter.State is { } state)
        {
            query = query.Where(p => p.State == state);
        }

        if (filter.Level is { } level)
        {
            query = query.Where(p => p.Level == level);
        }

        return filter.Area is { } area ? query.Where(p => p.SupportArea == area) : query;
    }

    public async Task<(IReadOnlyList<Policy> Items, int Total)> PageAsync(PolicyAdminFilter filter, int page, CancellationToken cancellationToken)
    {
        var query = Filtered(filter);
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(p => p.UpdatedAt).ThenByDescending(p => p.Id)
            .Skip((Math.Max(page, 1) - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        return (items, total);
    }

    public async Task<IReadOnlyDictionary<PolicyState, int>> CountsAsync(CancellationToken cancellationToken) =>
        (await db.Policies.GroupBy(p => p.State).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken))
            .ToDictionary(x => x.Key, x => x.Count);

    public Task<Policy?> FindAsync(int id, CancellationToken cancellationToken) =>
        db.Policies.AsNoTracking().Include(p => p.Attachments).FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
}
