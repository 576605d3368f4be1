using Microsoft.EntityFrameworkCore;
using Portal.Core;
using Portal.Core.Enterprises;
using Portal.Modules.ServiceCenter.Data;
using Portal.Modules.ServiceCenter.Domain;

namespace Portal.Modules.ServiceCenter.Tests;

/// <summary>A verified enterprise's request; every bad input is refused with a Chinese message and stores nothing.</summary>
public sealed class AppointmentRequestTests
{
    // The harness clock: 2026-03-02 09:00 in Beijing.
    private static readonly DateOnly Today = new(2026, 3, 2);

    [Fact]
    public async Task A_verified_enterprise_requests_a_service()
    {
        await using var harness = await CenterHarness.StartAsync();
        var enterprise = await harness.AddEnterpriseAsync("owner-1");
        var service = await harness.AddServiceAsync();

        var (appointment, refusal) = await harness.WithAsync<AppointmentService, (Appointment?, Refusal?)>(s =>
            s.RequestAsync("owner-1", new AppointmentRequest(service, Today, Today.AddDays(7), "  出口订单需要色牢度检测  ")));

        Assert.Null(refusal);
        var stored = await harness.AppointmentAsync(appointment!.Id);
        Assert.Equal(AppointmentState.Requested, stored!.State);
        Assert.Equal(enterprise, stored.EnterpriseId);
        Assert.Equal("出口订单需要色牢度检测", stored.Need);
    }

    public static TheoryData<string, int, int, string?, string> BadRequests() => new()
    {
        // name, from (days from today), to, need, the field refused
        { "dates reversed", 5, 3, "检测", "PreferredTo" },
        { "past date", -1, 3, "检测", "PreferredFrom" },
        { "too far ahead", 10, AppointmentRules.MaxDaysAhead + 1, "检测", "PreferredTo" },
        { "empty need", 1, 3, "   ", "Need" },
        { "need too long", 1, 3, new string('需', AppointmentRules.MaxNeedLength + 1), "Need" },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task Bad_input_is_refused_and_nothing_is_stored(string name, int from, int to, string? need, string field)
    {
        await using var harness = await CenterHarness.StartAsync();
        await harness.AddEnterpriseAsync("owner-1");
        var service = await harness.AddServiceAsync();

        var (appointment, refusal) = await harness.WithAsync<AppointmentService, (Appointment?, Refusal?)>(s =>
            s.RequestAsync("owner-1", new AppointmentRequest(service, Today.AddDays(from), Today.AddDays(to), need)));

        Assert.Null(appointment);
        Assert.True(refusal is not null, name);
        Assert.Equal(field, refusal.Field);
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", refusal.Message);
        Assert.Equal(0, await harness.WithAsync<ServiceCenterDbContext, int>(db => db.Appointments.CountAsync()));
    }

    [Fact]
    public async Task An_inactive_or_unknown_service_is_refused()
    {
        await using var harness = await CenterHarness.StartAsync();
        await harness.AddEnterpriseAsync("owner-1");
        var retired = await harness.AddServiceAsync("sample-making", active: false);

        foreach (var serviceId in new[] { retired, 9999 })
        {
            var (appointment, refusal) = await harness.WithAsync<AppointmentService, (Appointment?, Refusal?)>(s =>
                s.RequestAsync("owner-1", new AppointmentRequest(serviceId, Today.AddDays(1), Today.AddDays(3), "打样")));
            Assert.Null(appointment);
            Assert.Equal("ServiceId", refusal!.Field);
        }

        Assert.Equal(0, await harness.WithAsync<ServiceCenterDbContext, int>(db => db.Appointments.CountAsync()));
    }

    [Theory]
    [InlineData(VerificationState.Unverified)]
    [InlineData(VerificationState.Rejected)]
    public async Task An_enterprise_that_is_not_verified_cannot_book(VerificationState state)
    {
        await using var harness = await CenterHarness.StartAsync();
        await harness.AddEnterpriseAsync("owner-1", state);
        var service = await harness.AddServiceAsync();

        var (appointment, refusal) = await harness.WithAsync<AppointmentService, (Appointment?, Refusal?)>(s =>
            s.RequestAsync("owner-1", new AppointmentRequest(service, Today.AddDays(1), Today.AddDays(3), "检测")));

        Assert.Null(appointment);
        Assert.Equal("企业通过认证后才能预约服务。", refusal!.Message);
    }

    [Fact]
    public async Task A_user_without_an_enterprise_cannot_book()
    {
        await using var harness = await CenterHarness.StartAsync();
        var service = await harness.AddServiceAsync();

        var (appointment, refusal) = await harness.WithAsync<AppointmentService, (Appointment?, Refusal?)>(s =>
            s.RequestAsync("nobody", new AppointmentRequest(service, Today.AddDays(1), Today.AddDays(3), "检测")));

        Assert.Null(appointment);
        Assert.NotNull(refusal);
    }

    [Fact]
    public async Task The_enterprise_withdraws_its_own_request_but_not_a_scheduled_one_nor_another_enterprises()
    {
        await using var harness = await CenterHarness.StartAsync();
        await harness.AddEnterpriseAsync("owner-1");
        await harness.AddEnterpriseAsync("owner-2");
        var service = await harness.AddServiceAsync();
        async Task<Appointment> RequestAsync() => (await harness.WithAsync<AppointmentService, (Appointment?, Refusal?)>(s =>
            s.RequestAsync("owner-1", new AppointmentRequest(service, Today.AddDays(1), Today.AddDays(3), "检测")))).Item1!;
        var first = await RequestAsync();
        var second = await RequestAsync();
        Assert.Null(await harness.WithAsync<AppointmentService, Refusal?>(s => s.ScheduleAsync(second.Id, 0, new DateTime(2026, 3, 4, 10, 0, 0), "实验室")));

        var byOther = await harness.WithAsync<AppointmentService, Refusal?>(s => s.WithdrawAsync("owner-2", first.Id, 0, "不需要了"));
        var noReason = await harness.WithAsync<AppointmentService, Refusal?>(s => s.WithdrawAsync("owner-1", first.Id, 0, " "));
        var scheduled = await harness.WithAsync<AppointmentService, Refusal?>(s => s.WithdrawAsync("owner-1", second.Id, 1, "不需要了"));
        var own = await harness.WithAsync<AppointmentService, Refusal?>(s => s.WithdrawAsync("owner-1", first.Id, 0, "计划有变"));

        Assert.Equal("找不到该预约。", byOther!.Message);
        Assert.Equal("Reason", noReason!.Field);
        Assert.Equal("服务中心已经安排了该预约，如需取消请联系服务中心。", scheduled!.Message);
        Assert.Null(own);
        var withdrawn = await harness.AppointmentAsync(first.Id);
        Assert.Equal(AppointmentState.Cancelled, withdrawn!.State);
        Assert.Equal("计划有变", withdrawn.CancelReason);
        Assert.Equal(AppointmentState.Scheduled, (await harness.AppointmentAsync(second.Id))!.State);
    }
}
