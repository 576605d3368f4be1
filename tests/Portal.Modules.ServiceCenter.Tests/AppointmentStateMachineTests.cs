using Microsoft.Extensions.DependencyInjection;
using Portal.Core;
using Portal.Modules.ServiceCenter.Data;
using Portal.Modules.ServiceCenter.Domain;

namespace Portal.Modules.ServiceCenter.Tests;

/// <summary>Requested → Scheduled (again, to reschedule) → Done; Requested or Scheduled → Cancelled. Nothing else.</summary>
public sealed class AppointmentStateMachineTests
{
    private static readonly HashSet<(AppointmentState, AppointmentState)> Allowed =
    [
        (AppointmentState.Requested, AppointmentState.Scheduled),
        (AppointmentState.Requested, AppointmentState.Cancelled),
        (AppointmentState.Scheduled, AppointmentState.Scheduled),
        (AppointmentState.Scheduled, AppointmentState.Done),
        (AppointmentState.Scheduled, AppointmentState.Cancelled),
    ];

    public static TheoryData<AppointmentState, AppointmentState, bool> EveryPair()
    {
        var data = new TheoryData<AppointmentState, AppointmentState, bool>();
        foreach (var from in Enum.GetValues<AppointmentState>())
        {
            foreach (var to in Enum.GetValues<AppointmentState>())
            {
                data.Add(from, to, Allowed.Contains((from, to)));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryPair))]
    public void The_rules_allow_exactly_the_documented_moves(AppointmentState from, AppointmentState to, bool allowed) =>
        Assert.Equal(allowed, AppointmentRules.CanMove(from, to));

    /// <summary>Every state against every staff action, through the real service on a real database.</summary>
    public static TheoryData<AppointmentState, AppointmentState> StatesAndActions()
    {
        var data = new TheoryData<AppointmentState, AppointmentState>();
        foreach (var from in Enum.GetValues<AppointmentState>())
        {
            foreach (var to in new[] { AppointmentState.Scheduled, AppointmentState.Done, AppointmentState.Cancelled })
            {
                data.Add(from, to);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(StatesAndActions))]
    public async Task Staff_actions_move_allowed_states_and_refuse_the_rest_without_change(AppointmentState from, AppointmentState to)
    {
        await using var harness = await CenterHarness.StartAsync();
        var enterprise = await harness.AddEnterpriseAsync("owner-1");
        var service = await harness.AddServiceAsync();
        var id = await harness.WithAsync<ServiceCenterDbContext, int>(async db =>
        {
            var a = new Appointment
            {
                ServiceId = service, EnterpriseId = enterprise, RequestedByUserId = "owner-1", Need = "检测 5 个样品",
                PreferredFrom = new DateOnly(2026, 3, 5), PreferredTo = new DateOnly(2026, 3, 9), State = from, Version = 3,
                ScheduledAt = from is AppointmentState.Scheduled or AppointmentState.Done ? new DateTime(2026, 3, 6, 2, 0, 0) : null,
                Place = from is AppointmentState.Scheduled or AppointmentState.Done ? "检测实验室" : null,
            };
            db.Appointments.Add(a);
            await db.SaveChangesAsync();
            return a.Id;
        });

        var refusal = await harness.WithAsync<AppointmentService, Refusal?>(s => to switch
        {
            AppointmentState.Scheduled => s.ScheduleAsync(id, 3, new DateTime(2026, 3, 10, 14, 30, 0), "服务中心二楼"),
            AppointmentState.Done => s.CompleteAsync(id, 3),
            _ => s.CancelAsync(id, 3, "企业调整了计划"),
        });

        var after = await harness.AppointmentAsync(id);
        var inbox = await harness.InboxAsync("owner-1");
        if (Allowed.Contains((from, to)))
        {
            Assert.Null(refusal);
            Assert.Equal(to, after!.State);
            Assert.Equal(4, after.Version);
            Assert.Single(inbox);
        }
        else
        {
            Assert.NotNull(refusal);
            Assert.Equal("当前状态（{0}）不能执行此操作。", refusal.Message);
            Assert.Equal(from, after!.State);
            Assert.Equal(3, after.Version);
            Assert.Empty(inbox);
        }
    }
}
