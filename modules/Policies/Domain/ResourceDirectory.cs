using Microsoft.EntityFrameworkCore;
using Portal.Modules.Policies.Contracts;
using Portal.Modules.Policies.Data;

namespace Portal.Modules.Policies.Domain;

/// <summary>
/// Published resources answering a category: items for exactly that category first, those answering fewer
/// categories (more specific) before broad ones, then the newest.
/// </summary>
internal sealed class ResourceDirectory(PoliciesDbContext db) : IResourceDirectory
{
    public async Task<IReadOnlyList<ResourceSummary>> AnsweringAsync(
        NeedCategory category, int take = 5, CancellationToken cancellationToken = default)
    {
        var rows = await db.Resources.AsNoTracking()
            .Where(r => r.Published && r.Categories.Contains(category))
            .OrderBy(r => r.Categories.Count).ThenByDescending(r => r.UpdatedAt).ThenBy(r => r.Id)
            .Take(Math.Clamp(take, 1, 50))
            .Select(r => new { r.Id, r.Title, r.Kind, r.ProvidingUnit, r.Contact })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new ResourceSummary(r.Id, r.Title, r.Kind.ChineseName(), r.ProvidingUnit, r.Contact, $"/resources/{r.Id}")).ToList();
    }
}
