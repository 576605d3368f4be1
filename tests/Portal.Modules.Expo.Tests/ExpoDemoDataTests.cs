using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Expo.Contracts;
using Portal.Modules.Expo.DemoData;
using Portal.Modules.Expo.Domain;

namespace Portal.Modules.Expo.Tests;

public sealed class ExpoDemoDataTests
{
    [Fact]
    public async Task Demo_data_lays_out_halls_and_expos_in_every_state_once()
    {
        await using var harness = await ExpoHarness.CreateAsync(enterprises: 12, venues: false);
        async Task SeedAsync() => await harness.InScopeAsync(async sp =>
        {
            await ActivatorUtilities.CreateInstance<ExpoDemoSeeder>(sp).SeedAsync(CancellationToken.None);
            return 0;
        });

        await SeedAsync();
        await SeedAsync();

        Assert.Equal(2, await harness.WithDbAsync(db => db.Halls.CountAsync()));
        Assert.Equal(60, await harness.WithDbAsync(db => db.Booths.CountAsync()));
        Assert.Equal(3, await harness.WithDbAsync(db => db.Spaces.CountAsync()));
        Assert.Equal(10, await harness.WithDbAsync(db => db.Expos.CountAsync(e => e.State == ExpoState.Finished)));
        Assert.Equal(1, await harness.WithDbAsync(db => db.Expos.CountAsync(e => e.Slug == "winter-2026" && e.State == ExpoState.Published)));
        var applicationStates = await harness.WithDbAsync(db => db.Applications.Select(a => a.State).Distinct().ToListAsync());
        Assert.Equal(Enum.GetValues<ApplicationState>().Order(), applicationStates.Order());
        var bookingStates = await harness.WithDbAsync(db => db.Bookings.Select(b => b.State).Distinct().ToListAsync());
        Assert.Equal(Enum.GetValues<BookingState>().Order(), bookingStates.Order());

        var figures = await harness.InScopeAsync(sp => sp.GetRequiredService<IExpoFigures>().GetFiguresAsync());
        Assert.Equal(10, figures.ExposHeld);
        Assert.InRange(figures.Exhibitors, 1, 12);
    }
}
