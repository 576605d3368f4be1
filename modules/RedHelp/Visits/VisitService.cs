using Microsoft.EntityFrameworkCore;
using Portal.Core;
using Portal.Core.Enterprises;
using Portal.Core.Time;
using Portal.Modules.RedHelp.Data;
using Portal.Modules.RedHelp.Demands;
using Portal.Modules.RedHelp.Domain;

namespace Portal.Modules.RedHelp.Visits;

internal sealed record VisitInput(int? EnterpriseId, DateOnly? VisitedOn, VisitKind? Kind, string? Notes);

/// <summary>A logged visit with the enterprise's name and the demands raised during it.</summary>
internal sealed record VisitRow(int Id, int EnterpriseId, string EnterpriseName, DateOnly VisitedOn, VisitKind Kind, string Notes, IReadOnlyList<(int Id, string Title)> Demands);

/// <summary>An enterprise of the helper's and the day it was last visited (by anyone), null when never.</summary>
internal sealed record CoverageRow(int EnterpriseId, string EnterpriseName, DateOnly? LastVisitedOn);

/// <summary>Visits (走访): a helper logs them for their own enterprises and sees which have not been visited in 30 days.</summary>
internal sealed class VisitService(RedHelpDbContext db, IEnterpriseDirectory enterprises, TimeProvider time)
{
    public const int DueAfterDays = 30;

    public const int NotesLength = 4000;

    public async Task<(int? Id, Refusal? Refusal)> LogAsync(DemandViewer viewer, VisitInput input, CancellationToken cancellationToken = default)
    {
        if (input.EnterpriseId is not { } enterpriseId || !viewer.IsHelper || !viewer.HelperEnterpriseIds.Contains(enterpriseId))
        {
            return (null, new Refusal("EnterpriseId", "请选择您联系的企业。"));
        }

        var today = time.ChinaToday();
        if (input.VisitedOn is not { } day || day > today || day < today.AddYears(-1))
        {
            return (null, new Refusal("VisitedOn", "请填写走访日期（一年内，且不晚于今天）。"));
        }

        if (input.Kind is not { } kind || !Enum.IsDefined(kind))
        {
            return (null, new Refusal("Kind", "请选择走访类型。"));
        }

        var notes = input.Notes?.Trim() ?? "";
        if (notes.Length is 0 or > NotesLength)
        {
            return (null, new Refusal("Notes", "请填写走访情况（{0} 字以内）。", [NotesLength]));
        }

        var visit = new Visit
        {
            HelperUserId = viewer.UserId, EnterpriseId = enterpriseId, VisitedOn = day, Kind = kind, Notes = notes,
            CreatedAt = time.GetUtcNow().UtcDateTime,
        };
        db.Visits.Add(visit);
        await db.SaveChangesAsync(cancellationToken);
        return (visit.Id, null);
    }

    /// <summary>The helper's own visits, newest first, with the demands raised during each.</summary>
    public async Task<IReadOnlyList<VisitRow>> MineAsync(DemandViewer viewer, int take = 50, CancellationToken cancellationToken = default)
    {
        var visits = await db.Visits.AsNoTracking().Where(v => v.HelperUserId == viewer.UserId)
            .OrderByDescending(v => v.VisitedOn).ThenByDescending(v => v.Id).Take(take).ToListAsync(cancellationToken);
        var ids = visits.Select(v => v.Id).ToList();
        var demands = (await db.Demands.AsNoTracking().Where(d => d.VisitId != null && ids.Contains(d.VisitId.Value))
                .Select(d => new { d.Id, d.Title, VisitId = d.VisitId!.Value }).ToListAsync(cancellationToken))
            .ToLookup(d => d.VisitId);
        var names = await NamesAsync(visits.Select(v => v.EnterpriseId), cancellationToken);
        return visits.Select(v => new VisitRow(
                v.Id, v.EnterpriseId, names.GetValueOrDefault(v.EnterpriseId) ?? "", v.VisitedOn, v.Kind, v.Notes,
                demands[v.Id].Select(d => (d.Id, d.Title)).ToList()))
            .ToList();
    }

    public Task<Visit?> FindAsync(DemandViewer viewer, int id, CancellationToken cancellationToken = default) =>
        db.Visits.AsNoTracking().FirstOrDefaultAsync(v => v.Id == id && v.HelperUserId == viewer.UserId, cancellationToken);

    /// <summary>The helper's enterprises not visited (by anyone) in the last 30 days, never-visited first.</summary>
    public async Task<IReadOnlyList<CoverageRow>> DueAsync(DemandViewer viewer, CancellationToken cancellationToken = default)
    {
        var mine = viewer.HelperEnterpriseIds.ToList();
        var cutoff = time.ChinaToday().AddDays(-DueAfterDays);
        var last = await db.Visits.AsNoTracking().Where(v => mine.Contains(v.EnterpriseId))
            .GroupBy(v => v.EnterpriseId).Select(g => new { g.Key, Last = g.Max(v => v.VisitedOn) })
            .ToDictionaryAsync(x => x.Key, x => x.Last, cancellationToken);
        var names = await NamesAsync(mine, cancellationToken);
        return mine.Where(id => !last.TryGetValue(id, out var day) || day < cutoff)
            .Select(id => new CoverageRow(id, names.GetValueOrDefault(id) ?? "", last.TryGetValue(id, out var d) ? d : null))
            .OrderBy(r => r.LastVisitedOn ?? DateOnly.MinValue).ThenBy(r => r.EnterpriseName, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The helper's enterprises by name, for the forms.</summary>
    public async Task<IReadOnlyList<(int Id, string Name)>> EnterprisesAsync(DemandViewer viewer, CancellationToken cancellationToken = default) =>
        (await NamesAsync(viewer.HelperEnterpriseIds, cancellationToken)).Select(kv => (kv.Key, kv.Value))
            .OrderBy(e => e.Value, StringComparer.Ordinal).ToList();

    private async Task<Dictionary<int, string>> NamesAsync(IEnumerable<int> ids, CancellationToken cancellationToken) =>
        (await enterprises.ListAsync(ids.Distinct().ToList(), cancellationToken)).ToDictionary(e => e.Id, e => e.Name);
}
