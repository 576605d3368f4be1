using Microsoft.EntityFrameworkCore;
using Portal.Core.Time;
using Portal.Modules.Expo.Data;
using Portal.Modules.Expo.Domain;

namespace Portal.Modules.Expo.Spaces;

/// <summary>A booking with its space's name, for the enterprise's list and the staff queue.</summary>
internal sealed record BookingView(SpaceBooking Booking, string SpaceName, string SpaceSlug);

/// <summary>What the space pages read: active spaces, one month of availability, an enterprise's bookings, the staff queue.</summary>
internal sealed class SpaceQueries(ExpoDbContext db, SpaceBookingService bookings, TimeProvider time)
{
    public async Task<IReadOnlyList<ExhibitionSpace>> ListAsync(CancellationToken cancellationToken) =>
        await db.Spaces.AsNoTracking().Where(s => s.IsActive).OrderBy(s => s.Id).ToListAsync(cancellationToken);

    public Task<ExhibitionSpace?> FindAsync(string slug, CancellationToken cancellationToken) =>
        db.Spaces.AsNoTracking().FirstOrDefaultAsync(s => s.Slug == slug && s.IsActive, cancellationToken);

    /// <summary>The first day a new request may start: today plus the space's lead time.</summary>
    public DateOnly EarliestStart(ExhibitionSpace space) => time.ChinaToday().AddDays(space.LeadDays);

    /// <summary>The month named by <paramref name="month"/> ("yyyy-MM", clamped to the next twelve months) with its approved bookings.</summary>
    public async Task<AvailabilityMonth> MonthAsync(ExhibitionSpace space, string? month, CancellationToken cancellationToken)
    {
        var first = AvailabilityMonth.Parse(month, time.ChinaToday());
        var taken = await bookings.TakenAsync(space.Id, first.AddDays(-7), first.AddMonths(1).AddDays(7), cancellationToken);
        return AvailabilityMonth.Build(first, EarliestStart(space), taken);
    }

    public async Task<IReadOnlyList<BookingView>> ForEnterpriseAsync(int enterpriseId, CancellationToken cancellationToken) =>
        await Views(db.Bookings.Where(b => b.EnterpriseId == enterpriseId).OrderByDescending(b => b.CreatedAt).ThenByDescending(b => b.Id))
            .ToListAsync(cancellationToken);

    /// <summary>Bookings of one state (every state when null), earliest start first.</summary>
    public async Task<IReadOnlyList<BookingView>> QueueAsync(BookingState? state, CancellationToken cancellationToken)
    {
        var query = db.Bookings.AsQueryable();
        if (state is { } s)
        {
            query = query.Where(b => b.State == s);
        }

        return await Views(query.OrderBy(b => b.StartsOn).ThenBy(b => b.Id)).Take(200).ToListAsync(cancellationToken);
    }

    private static IQueryable<BookingView> Views(IQueryable<SpaceBooking> query) =>
        query.AsNoTracking().Select(b => new BookingView(b, b.Space!.Name, b.Space.Slug));
}
