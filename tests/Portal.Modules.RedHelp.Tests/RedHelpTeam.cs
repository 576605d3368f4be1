using Portal.Core.Data;
using Portal.Core.Security;
using Portal.Modules.RedHelp.Data;
using Portal.Modules.RedHelp.Domain;
using Portal.Testing;

namespace Portal.Modules.RedHelp.Tests;

/// <summary>
/// What the RedHelp harnesses (<see cref="DemandHarness"/>, <see cref="TeamHarness"/>, <see cref="ReminderHarness"/>) share:
/// the kernel with the module, the two usual helpers, and the team in the module's tables — units, helper profiles, lead helpers.
/// </summary>
internal static class RedHelpTeam
{
    public static Task<KernelHarness> KernelAsync(DatabaseProvider provider = DatabaseProvider.Sqlite, IDictionary<string, string?>? settings = null) =>
        KernelHarness.CreateAsync([new RedHelpModule()], provider, settings);

    /// <summary>Helper users 李建国 (helper1@example.cn) and 王芳 (helper2@example.cn).</summary>
    public static async Task<string[]> TwoHelpersAsync(KernelHarness kernel) =>
    [
        await kernel.AddUserAsync("helper1@example.cn", PortalRoles.Helper, "李建国"),
        await kernel.AddUserAsync("helper2@example.cn", PortalRoles.Helper, "王芳"),
    ];

    public static Unit Department(string name = "区工信局") => new() { Name = name, Kind = UnitKind.DistrictDepartment };

    /// <summary>Plain profiles (帮办员, 科员) for <paramref name="helpers"/>, all in one unit.</summary>
    public static Func<int[], IEnumerable<HelperProfile>> PlainProfiles(IEnumerable<string> helpers) =>
        units => helpers.Select(h => new HelperProfile { UserId = h, UnitId = units[0], DisplayName = "帮办员", Title = "科员" });

    /// <summary>
    /// Saves <paramref name="units"/>, then the profiles made from their ids, the lead helpers (assigned by
    /// <paramref name="assignedBy"/>) and whatever <paramref name="more"/> adds; returns the units' ids in order.
    /// </summary>
    public static Task<int[]> SeedAsync(
        KernelHarness kernel, IReadOnlyList<Unit> units, Func<int[], IEnumerable<HelperProfile>> profiles,
        IEnumerable<(int EnterpriseId, string HelperUserId)> leads, string assignedBy, Action<RedHelpDbContext>? more = null) =>
        kernel.WithAsync<RedHelpDbContext, int[]>(async db =>
        {
            db.Units.AddRange(units);
            await db.SaveChangesAsync();
            var ids = units.Select(u => u.Id).ToArray();
            db.Helpers.AddRange(profiles(ids));
            db.Assignments.AddRange(leads.Select(l => new Assignment { EnterpriseId = l.EnterpriseId, HelperUserId = l.HelperUserId, AssignedByUserId = assignedBy }));
            more?.Invoke(db);
            await db.SaveChangesAsync();
            return ids;
        });
}
