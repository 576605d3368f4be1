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
        if (resolved.Count == 0)
        {
            return new DemandFigures(0, null, null);
        }

        var days = resolved
            .Select(d => calendar.WorkingDaysBetween(DateOnly.FromDateTime(ChinaTime.ToChina(d.CreatedAt)), DateOnly.FromDateTime(ChinaTime.ToChina(d.ResolvedAt))))
            .Order()
            .ToList();
        var median = days.Count % 2 == 1 ? days[days.Count / 2] : (days[(days.Count / 2) - 1] + days[days.Count / 2]) / 2.0;
        var rated = resolved.Where(d => d.Rating is not null).ToList();
        double? satisfaction = rated.Count == 0 ? null : rated.Count(d => d.Rating >= Satisfaction.Satisfied) / (double)rated.Count;
        return new DemandFigures(resolved.Count, median, satisfaction);
    }
}
