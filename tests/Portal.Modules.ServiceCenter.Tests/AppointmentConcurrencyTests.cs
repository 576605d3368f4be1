using Portal.Core;
using Portal.Modules.ServiceCenter.Domain;

namespace Portal.Modules.ServiceCenter.Tests;

/// <summary>Two staff schedule the same request from forms opened at the same version: one wins, the other is told.</summary>
public sealed class AppointmentConcurrencyTests
{
    [Fact]
    public async Task Two_stale_schedules_one_wins_the_other_gets_the_message()
    {
        await using var harness = await CenterHarness.StartAsync();
        await harness.AddEnterpriseAsync("owner-1");
        var service = await harness.AddServiceAsync();
        var (appointment, _) = await harness.WithAsync<AppointmentService, (Appointment?, Refusal?)>(s =>
            s.RequestAsync("owner-1", new AppointmentRequest(service, new DateOnly(2026, 3, 3), new DateOnly(2026, 3, 6), "检测")));
        var id = appointment!.Id;

        var results = await Task.WhenAll(
            harness.WithAsync<AppointmentService, Refusal?>(s => s.ScheduleAsync(id, 0, new DateTime(2026, 3, 4, 10, 0, 0), "检测实验室")),
            harness.WithAsync<AppointmentService, Refusal?>(s => s.ScheduleAsync(id, 0, new DateTime(2026, 3, 5, 15, 0, 0), "服务中心二楼")));

        Assert.Single(results, r => r is null);
        var loser = Assert.Single(results, r => r is not null);
        Assert.Equal(AppointmentService.StaleMessage, loser!.Message);
        var stored = await harness.AppointmentAsync(id);
        Assert.Equal(1, stored!.Version);
        Assert.Equal(AppointmentState.Scheduled, stored.State);
        Assert.Single(await harness.InboxAsync("owner-1"));

        // The loser's form, sent again unchanged, is still refused: it carries the old version.
        var again = await harness.WithAsync<AppointmentService, Refusal?>(s => s.ScheduleAsync(id, 0, new DateTime(2026, 3, 5, 15, 0, 0), "服务中心二楼"));
        Assert.Equal(AppointmentService.StaleMessage, again!.Message);
    }

    [Fact]
    public async Task The_enterprise_is_told_at_each_step_once()
    {
        await using var harness = await CenterHarness.StartAsync();
        await harness.AddEnterpriseAsync("owner-1");
        var service = await harness.AddServiceAsync();
        var (appointment, _) = await harness.WithAsync<AppointmentService, (Appointment?, Refusal?)>(s =>
            s.RequestAsync("owner-1", new AppointmentRequest(service, new DateOnly(2026, 3, 3), new DateOnly(2026, 3, 6), "检测")));

        Assert.Null(await harness.WithAsync<AppointmentService, Refusal?>(s => s.ScheduleAsync(appointment!.Id, 0, new DateTime(2026, 3, 4, 10, 0, 0), "检测实验室")));
        Assert.Null(await harness.WithAsync<AppointmentService, Refusal?>(s => s.CompleteAsync(appointment!.Id, 1)));

        var inbox = await harness.InboxAsync("owner-1");
        Assert.Equal(["服务预约已安排", "服务已完成"], inbox.Select(m => m.Title));
        Assert.Contains("2026-03-04 10:00", inbox[0].Body);
        Assert.Contains("检测实验室", inbox[0].Body);
        Assert.All(inbox, m => Assert.Equal("/my/appointments", m.Link));
    }

    [Fact]
    public async Task Scheduling_in_the_past_or_without_a_place_is_refused()
    {
        await using var harness = await CenterHarness.StartAsync();
        await harness.AddEnterpriseAsync("owner-1");
        var service = await harness.AddServiceAsync();
        var (appointment, _) = await harness.WithAsync<AppointmentService, (Appointment?, Refusal?)>(s =>
            s.RequestAsync("owner-1", new AppointmentRequest(service, new DateOnly(2026, 3, 3), new DateOnly(2026, 3, 6), "检测")));

        var past = await harness.WithAsync<AppointmentService, Refusal?>(s => s.ScheduleAsync(appointment!.Id, 0, new DateTime(2026, 3, 2, 8, 0, 0), "实验室"));
        var noPlace = await harness.WithAsync<AppointmentService, Refusal?>(s => s.ScheduleAsync(appointment!.Id, 0, new DateTime(2026, 3, 4, 8, 0, 0), " "));

        Assert.Equal("ScheduledAt", past!.Field);
        Assert.Equal("Place", noPlace!.Field);
        Assert.Equal(AppointmentState.Requested, (await harness.AppointmentAsync(appointment!.Id))!.State);
    }
}
