using Microsoft.EntityFrameworkCore;
using Portal.Modules.ServiceCenter.Data;

namespace Portal.Modules.ServiceCenter.Domain;

/// <summary>The read side of appointments: an enterprise's own, the staff queue, and the delivered count.</summary>
internal sealed class AppointmentQueries(ServiceCenterDbContext db)
{
    public const int QueuePageSize = 20;

    public async Task<IReadOnlyList<Appointment>> OfEnterpriseAsync(int enterpriseId, CancellationToken cancellationToken = default) =>
        await db.Appointments.AsNoTracking().Include(a => a.Service)
            .Where(a => a.EnterpriseId == enterpriseId)
            .OrderByDescending(a => a.CreatedAt).ThenByDescending(a => a.Id)
            .Take(200)
            .ToListAsync(cancellationToken);

    /// <summary>Staff's queue: requests waiting longest first, scheduled ones by their date, closed ones newest first.</summary>
    public Task<ListPage<Appointment>> QueueAsync(AppointmentState state, int page, CancellationToken cancellationToken = default)
    {
        var query = db.Appointments.AsNoTracking().Include(a => a.Service).Where(a => a.State == state);
        var ordered = state switch
        {
            AppointmentState.Requested => query.OrderBy(a => a.CreatedAt).ThenBy(a => a.Id),
            AppointmentState.Scheduled => query.OrderBy(a => a.ScheduledAt).ThenBy(a => a.Id),
            _ => query.OrderByDescending(a => a.UpdatedAt).ThenByDescending(a => a.Id),
        };
        return NewsQueries.PageAsync(ordered, page, QueuePageSize, cancellationToken);
    }

    public async Task<IReadOnlyDictionary<AppointmentState, int>> CountsAsync(CancellationToken cancellationToken = default) =>
        await db.Appointments.GroupBy(a => a.State).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);

    public Task<Appointment?> FindAsync(int id, CancellationToken cancellationToken = default) =>
        db.Appointments.AsNoTracking().Include(a => a.Service).FirstOrDefaultAsync(a => a.Id == id, cancellationToken);

    /// <summary>Services delivered (design, exhibition, testing ...): the figure the center reports.</summary>
    public Task<int> DeliveredCountAsync(CancellationToken cancellationToken = default) =>
        db.Appointments.CountAsync(a => a.State == AppointmentState.Done, cancellationToken);
}
