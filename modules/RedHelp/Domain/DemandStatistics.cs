using Microsoft.EntityFrameworkCore;
using Portal.Core.Time;
using Portal.Modules.RedHelp.Contracts;
using Portal.Modules.RedHelp.Data;

namespace Portal.Modules.RedHelp.Domain;

/// <summary>Implements the figure contract ServiceCenter reads: demands resolved, median working days to resolve, satisfaction.</summary>
internal sealed class DemandStatistics(RedHelpDbContext db, WorkingDayCalendar calendar) : IDemandStatistics
{
    public async Task<DemandFigures> GetFiguresAsync(CancellationToken cancellationToken = default)
    {
        var resolved = await db.Demands.AsNoTracking()
            .Where(d => (d.State == DemandState.Resolved || d.State == DemandState.Closed) && d.ResolvedAt != null)
            .Select(d => new { d.CreatedAt, ResolvedAt = d.ResolvedAt!.Value, d.Rating })
            .ToListAsync(cancellationToken);
        return new DemandFigures(
            resolved.Count,
            DemandMeasures.Median(resolved.Select(d => DemandMeasures.DaysToResolve(calendar, d.CreatedAt, d.ResolvedAt))),
            DemandMeasures.Satisfaction(resolved.Select(d => d.Rating)));
    }
}
