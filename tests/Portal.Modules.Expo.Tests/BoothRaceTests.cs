using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.Modules.Expo.Domain;

namespace Portal.Modules.Expo.Tests;

/// <summary>
/// "A booth has at most one approved application" and "two approved bookings of one space never overlap",
/// proven by racing real concurrent approvals against a real database, on SQLite and on PostgreSQL.
/// </summary>
public sealed class BoothRaceTests
{
    public static TheoryData<DatabaseProvider> Providers => [DatabaseProvider.Sqlite, DatabaseProvider.Postgres];

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Fifty_simultaneous_approvals_of_one_booth_approve_exactly_one(DatabaseProvider provider)
    {
        await using var harness = await ExpoHarness.CreateAsync(provider, enterprises: 50);
        var booth = harness.BoothIds[0];
        var applications = new List<int>();
        for (var i = 0; i < 50; i++)
        {
            applications.Add(await harness.ApplyAsync(i, booth));
        }

        using var start = new SemaphoreSlim(0);
        var races = applications.Select(id => Task.Run(async () =>
        {
            await start.WaitAsync();
            return await harness.WithApplicationsAsync(s => s.ApproveAsync(id, booth, "staff"));
        })).ToList();
        start.Release(races.Count);
        var results = await Task.WhenAll(races);

        Assert.Single(results, r => r is null);
        Assert.All(results.Where(r => r is not null), r => Assert.False(string.IsNullOrEmpty(r!.Message)));
        var holders = await harness.WithDbAsync(db => db.Applications.CountAsync(a => a.BoothId == booth && a.State == ApplicationState.Approved));
        Assert.Equal(1, holders);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_database_itself_refuses_a_second_holder_of_a_booth(DatabaseProvider provider)
    {
        await using var harness = await ExpoHarness.CreateAsync(provider, enterprises: 2);
        var booth = harness.BoothIds[1];
        var first = await harness.ApplyAsync(0, booth);
        var second = await harness.ApplyAsync(1, booth);
        Assert.Null(await harness.WithApplicationsAsync(s => s.ApproveAsync(first, booth, "staff")));

        // Bypass the service: write the second holder straight to the table.
        var error = await Assert.ThrowsAsync<DbUpdateException>(() => harness.WithDbAsync(async db =>
        {
            var row = await db.Applications.SingleAsync(a => a.Id == second);
            row.State = ApplicationState.Approved;
            row.BoothId = booth;
            return await db.SaveChangesAsync();
        }));
        Assert.NotNull(error.InnerException);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Fifty_overlapping_space_approvals_approve_exactly_one(DatabaseProvider provider)
    {
        await using var harness = await ExpoHarness.CreateAsync(provider, enterprises: 50);
        var from = new DateOnly(2026, 12, 10);
        var bookings = new List<int>();
        for (var i = 0; i < 50; i++)
        {
            // Every request overlaps every other: they all contain 12-14 December.
            var input = new SpaceBookingInput(harness.SpaceId, from.AddDays(i % 4), from.AddDays(4 + (i % 3)), "新品发布");
            var (booking, refusal) = await harness.WithBookingsAsync(s => s.RequestAsync(harness.Users[i], input));
            Assert.True(refusal is null, refusal?.Message);
            bookings.Add(booking!.Id);
        }

        using var start = new SemaphoreSlim(0);
        var races = bookings.Select(id => Task.Run(async () =>
        {
            await start.WaitAsync();
            return await harness.WithBookingsAsync(s => s.ApproveAsync(id, "staff"));
        })).ToList();
        start.Release(races.Count);
        var results = await Task.WhenAll(races);

        Assert.Single(results, r => r is null);
        var approved = await harness.WithDbAsync(db => db.Bookings.CountAsync(b => b.State == BookingState.Approved));
        Assert.Equal(1, approved);
    }

    [Fact]
    public async Task On_PostgreSQL_the_exclusion_constraint_refuses_overlapping_approved_rows()
    {
        await using var harness = await ExpoHarness.CreateAsync(DatabaseProvider.Postgres, enterprises: 2);
        var error = await Assert.ThrowsAsync<DbUpdateException>(() => harness.WithDbAsync(async db =>
        {
            db.Bookings.AddRange(
                new SpaceBooking { SpaceId = harness.SpaceId, EnterpriseId = 1, RequestedByUserId = "a", StartsOn = new(2027, 1, 5), EndsOn = new(2027, 1, 8), Purpose = "x", State = BookingState.Approved },
                new SpaceBooking { SpaceId = harness.SpaceId, EnterpriseId = 2, RequestedByUserId = "b", StartsOn = new(2027, 1, 8), EndsOn = new(2027, 1, 9), Purpose = "y", State = BookingState.Approved });
            return await db.SaveChangesAsync();
        }));
        Assert.Contains("expo_bookings_no_overlap", error.InnerException!.Message, StringComparison.Ordinal);
    }
}
