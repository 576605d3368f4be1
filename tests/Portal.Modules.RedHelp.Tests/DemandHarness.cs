using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Core.Security;
using Portal.Modules.RedHelp.Data;
using Portal.Modules.RedHelp.Demands;
using Portal.Modules.RedHelp.Domain;
using Portal.Testing;

namespace Portal.Modules.RedHelp.Tests;

/// <summary>
/// The kernel and RedHelp over a real SQLite file: a district department with two helpers, helper 1 lead
/// helper of enterprises 1 and 2, helper 2 of enterprise 3, one staff member. The clock stands on
/// Wednesday 2026-11-25 10:00 in Shanghai.
/// </summary>
internal sealed class DemandHarness : IAsyncDisposable
{
    private DemandHarness(KernelHarness kernel) => Kernel = kernel;

    public KernelHarness Kernel { get; }

    public string Staff { get; private set; } = "";

    public string[] Helpers { get; private set; } = [];

    public IReadOnlyList<(string UserId, int EnterpriseId)> Enterprises { get; private set; } = [];

    public int UnitId { get; private set; }

    public int OtherUnitId { get; private set; }

    public static async Task<DemandHarness> CreateAsync(KernelHarness? kernel = null)
    {
        kernel ??= await RedHelpTeam.KernelAsync();
        var harness = new DemandHarness(kernel)
        {
            Enterprises = await kernel.AddEnterprisesAsync(3),
            Staff = await kernel.AddUserAsync("staff@example.cn", PortalRoles.Staff, "工作人员"),
            Helpers = await RedHelpTeam.TwoHelpersAsync(kernel),
        };
        var units = await RedHelpTeam.SeedAsync(
            kernel, [RedHelpTeam.Department(), RedHelpTeam.Department("区人社局")], RedHelpTeam.PlainProfiles(harness.Helpers),
            harness.Enterprises.Select((e, i) => (e.EnterpriseId, harness.Helpers[i < 2 ? 0 : 1])), harness.Staff);
        (harness.UnitId, harness.OtherUnitId) = (units[0], units[1]);
        return harness;
    }

    public Task<DemandViewer> EnterpriseAsync(int index) =>
        Viewer(Enterprises[index].UserId, staff: false, helper: false, enterprise: true);

    public Task<DemandViewer> HelperAsync(int index) => Viewer(Helpers[index], staff: false, helper: true, enterprise: false);

    public Task<DemandViewer> StaffAsync() => Viewer(Staff, staff: true, helper: false, enterprise: false);

    public Task<T> Service<T>(Func<DemandService, Task<T>> work) => Kernel.WithAsync<DemandService, T>(work);

    /// <summary>A demand of enterprise <paramref name="index"/>; returns its id.</summary>
    public async Task<int> SubmitAsync(int index = 0, DemandCategory category = DemandCategory.Financing)
    {
        var viewer = await EnterpriseAsync(index);
        var (demand, refusal) = await Service(s => s.SubmitAsync(viewer, new DemandInput(category, "流动资金贷款", "需要 300 万元流动资金", Urgency.Normal)));
        Assert.Null(refusal);
        return demand!.Id;
    }

    public Task<Demand> LoadAsync(int id) =>
        Kernel.WithAsync<RedHelpDbContext, Demand>(db => db.Demands.AsNoTracking().Include(d => d.Timeline).SingleAsync(d => d.Id == id));

    public Task<int> InboxCountAsync(string userId) =>
        Kernel.WithAsync<CoreDbContext, int>(db => db.InboxMessages.CountAsync(m => m.UserId == userId));

    private Task<DemandViewer> Viewer(string userId, bool staff, bool helper, bool enterprise) =>
        Kernel.WithAsync<DemandViewers, DemandViewer>(v => v.ForAsync(userId, staff, helper, enterprise));

    public ValueTask DisposeAsync() => Kernel.DisposeAsync();
}
