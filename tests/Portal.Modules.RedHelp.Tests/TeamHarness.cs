using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.Core.Enterprises;
using Portal.Core.Security;
using Portal.Modules.RedHelp.Data;
using Portal.Modules.RedHelp.Domain;
using Portal.Testing;

namespace Portal.Modules.RedHelp.Tests;

/// <summary>
/// The kernel and RedHelp over a real SQLite file with a small team: two active helpers (李建国, 王芳) and an
/// inactive one, a staff member, and six verified enterprises — garment in 湖坊镇 (1, 2), dyeing in 湖坊镇 (3),
/// dyeing in 昌东园区 (4, 5), garment in 昌东园区 (6), then any extra garment ones in 湖坊镇 — plus one unverified enterprise in 湖坊镇.
/// </summary>
internal sealed class TeamHarness : IAsyncDisposable
{
    private TeamHarness(KernelHarness kernel) => Kernel = kernel;

    public KernelHarness Kernel { get; }

    public string Staff { get; private set; } = "";

    public string Li { get; private set; } = "";

    public string Wang { get; private set; } = "";

    public string Retired { get; private set; } = "";

    public int OtherTown { get; private set; }

    /// <summary>(user id, enterprise id) of the six verified enterprises, in the order above.</summary>
    public IReadOnlyList<(string UserId, int EnterpriseId)> Enterprises { get; private set; } = [];

    public int Unverified { get; private set; }

    public static async Task<TeamHarness> CreateAsync(DatabaseProvider provider = DatabaseProvider.Sqlite, int extraEnterprises = 0)
    {
        var kernel = await RedHelpTeam.KernelAsync(provider);
        var h = new TeamHarness(kernel);
        h.Staff = await kernel.AddUserAsync("staff@example.cn", PortalRoles.Staff, "张科长");
        h.Li = await kernel.AddUserAsync("li@example.cn", PortalRoles.Helper, "李建国");
        h.Wang = await kernel.AddUserAsync("wang@example.cn", PortalRoles.Helper, "王芳");
        h.Retired = await kernel.AddUserAsync("old@example.cn", PortalRoles.Helper, "赵退休");
        h.Enterprises = await kernel.AddEnterprisesAsync(6);
        h.Unverified = (await kernel.AddEnterprisesAsync(1, verified: false))[0].EnterpriseId;
        if (extraEnterprises > 0)
        {
            h.Enterprises = [.. h.Enterprises, .. await kernel.AddEnterprisesAsync(extraEnterprises)];
        }

        h.OtherTown = await kernel.WithAsync<CoreDbContext, int>(async core =>
        {
            var town = new Town { Name = "昌东园区", Kind = TownKind.Park, SortOrder = 2 };
            core.Towns.Add(town);
            await core.SaveChangesAsync();
            var ids = h.Enterprises.Take(6).Select(e => e.EnterpriseId).ToList();
            var all = await core.Enterprises.Where(e => ids.Contains(e.Id)).OrderBy(e => e.Id).ToListAsync();
            all[2].Segment = Segment.Dyeing;
            all[3].Segment = Segment.Dyeing;
            all[3].TownId = town.Id;
            all[4].Segment = Segment.Dyeing;
            all[4].TownId = town.Id;
            all[5].TownId = town.Id;
            await core.SaveChangesAsync();
            return town.Id;
        });
        await RedHelpTeam.SeedAsync(
            kernel,
            [RedHelpTeam.Department(), new Unit { Name = "湖坊镇", Kind = UnitKind.TownOrPark, TownId = kernel.TownId, SortOrder = 1 }],
            units =>
            [
                new HelperProfile { UserId = h.Li, DisplayName = "李建国", UnitId = units[1], Title = "党建工作指导员", OfficePhone = "0791-88001234" },
                new HelperProfile { UserId = h.Wang, DisplayName = "王芳", UnitId = units[0], Title = "帮办专员", OfficePhone = "0791-88005678" },
                new HelperProfile { UserId = h.Retired, DisplayName = "赵退休", UnitId = units[0], Title = "帮办专员", IsActive = false },
            ],
            [], h.Staff);
        return h;
    }

    public int Enterprise(int n) => Enterprises[n - 1].EnterpriseId;

    public ValueTask DisposeAsync() => Kernel.DisposeAsync();
}
