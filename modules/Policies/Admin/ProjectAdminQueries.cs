using Microsoft.EntityFrameworkCore;
using Portal.Modules.Policies.Data;
using Portal.Modules.Policies.Domain;

namespace Portal.Modules.Policies.Admin;

/// <summary>The staff project list's filter; every field optional. The URL carries it, the Excel export reuses it.</summary>
public sealed record ProjectAdminFilter(string? Q = null, int? Year = null, ProjectState? State = null, string? Lead = null)
{
    public string QueryString(int? page = null) =>
        AdminQuery.Build(page, ("q", Q), ("year", Year), ("state", State), ("lead", Lead));
}

/// <summary>Reads for the staff project pages.</summary>
internal sealed class ProjectAdminQueries(PoliciesDbContext db)
{
    public const int PageSize = 20;

    public IQueryable<Project> Filtered(ProjectAdminFilter filter)
    {
        var query = db.Projects.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var q = filter.Q.Trim();
            query = query.Where(p => p.Title.Contains(q) || p.LeadUnit.Contains(q));
        }

        if (!string.IsNullOrWhiteSpace(filter.Lead))
        {
            var lead = filter.Lead.Trim();
            query = query.Where(p => p.LeadUnit == lead);
        }

        if (filter.Year is { } year)
        {
            query = query.Where(p => p.Year == year);
        }

        return filter.State is { } state ? query.Where(p => p.State == state) : query;
    }

    public async Task<IReadOnlyList<int>> YearsAsync(CancellationToken cancellationToken) =>
        await db.Projects.Select(p => p.Year).Distinct().OrderByDescending(y => y).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<string>> LeadUnitsAsync(CancellationToken cancellationToken) =>
        (await db.Projects.Select(p => p.LeadUnit).Distinct().ToListAsync(cancellationToken)).Order(StringComparer.Ordinal).ToList();

    /// <summary>The project with its progress notes, newest first.</summary>
    public async Task<Project?> FindAsync(int id, CancellationToken cancellationToken)
    {
        var project = await db.Projects.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (project is not null)
        {
            project.Progress = await db.ProjectProgress.AsNoTracking().Where(n => n.ProjectId == id)
                .OrderByDescending(n => n.Date).ThenByDescending(n => n.Id).ToListAsync(cancellationToken);
        }

        return project;
    }
}
