using Microsoft.EntityFrameworkCore;
using Portal.Core.Enterprises;
using Portal.Core.Time;
using Portal.Modules.RedHelp.Data;

namespace Portal.Modules.RedHelp.Domain.Dashboard;

public enum DashboardDimension
{
    Category,
    Unit,
    Helper,
    Segment,
    Month,
}

/// <summary>
/// One group's measures. <see cref="Label"/> is a localization key when <see cref="LabelIsKey"/> (categories,
/// segments, "未派单"), else data (a unit's or helper's name, a month "2026-07").
/// </summary>
internal sealed record DashboardRow(
    string Label, bool LabelIsKey, int Collected, int Resolved, int Overdue, double? MedianDays, double? Satisfaction, int Rated);

internal sealed record DashboardData(DashboardRow Total, IReadOnlyDictionary<DashboardDimension, IReadOnlyList<DashboardRow>> By, DateOnly Today);

/// <summary>
/// The dashboard's measures over every demand: collected (submitted), resolved (办结 or 已回访), overdue
/// (still open past its due date today), the median working days from submission to resolution, and
/// satisfaction (the share of rated demands rated 满意 or better) — in total and by each dimension.
/// </summary>
internal sealed class DashboardQueries(RedHelpDbContext db, IEnterpriseDirectory enterprises, WorkingDayCalendar calendar, TimeProvider time)
{
    public const string Undispatched = "未派单";

    private sealed record Item(
        DemandCategory Category, int? UnitId, string? HelperId, int EnterpriseId, DemandState State, DateTime CreatedAt,
        DateTime? ResolvedAt, DateOnly? DueOn, Satisfaction? Rating);

    public async Task<DashboardData> BuildAsync(CancellationToken cancellationToken = default)
    {
        var items = await db.Demands.AsNoTracking()
            .Select(d => new Item(d.Category, d.LeadUnitId, d.HandlerUserId, d.EnterpriseId, d.State, d.CreatedAt, d.ResolvedAt, d.DueOn, d.Rating))
            .ToListAsync(cancellationToken);
        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
        var helpers = await db.Helpers.AsNoTracking().ToDictionaryAsync(h => h.UserId, h => h.DisplayName, cancellationToken);
        var segments = (await enterprises.ListAsync(items.Select(i => i.EnterpriseId).Distinct().ToList(), cancellationToken))
            .ToDictionary(e => e.Id, e => e.Segment);
        var today = time.ChinaToday();

        DashboardRow Row(string label, bool isKey, IReadOnlyCollection<Item> group)
        {
            var resolved = group.Where(i => DemandMeasures.IsResolved(i.State) && i.ResolvedAt is not null).ToList();
            return new DashboardRow(
                label, isKey, group.Count, resolved.Count,
                group.Count(i => i.State.IsOpen() && i.DueOn is { } due && due < today),
                DemandMeasures.Median(resolved.Select(i => DemandMeasures.DaysToResolve(calendar, i.CreatedAt, i.ResolvedAt!.Value))),
                DemandMeasures.Satisfaction(resolved.Select(i => i.Rating)),
                resolved.Count(i => i.Rating is not null));
        }

        IReadOnlyList<DashboardRow> By<TKey>(Func<Item, TKey> key, Func<TKey, (string Label, bool IsKey)> label, Func<IGrouping<TKey, Item>, object> order)
            where TKey : notnull =>
            items.GroupBy(key).OrderBy(order).Select(g =>
            {
                var (text, isKey) = label(g.Key);
                return Row(text, isKey, g.ToList());
            }).ToList();

        var by = new Dictionary<DashboardDimension, IReadOnlyList<DashboardRow>>
        {
            [DashboardDimension.Category] = By(i => i.Category, c => (c.ChineseName(), true), g => g.Key),
            [DashboardDimension.Unit] = By(i => i.UnitId ?? 0, u => u == 0 ? (Undispatched, true) : (units.GetValueOrDefault(u, $"#{u}"), false), g => -g.Count()),
            [DashboardDimension.Helper] = By(i => i.HelperId ?? "", h => h == "" ? (Undispatched, true) : (helpers.GetValueOrDefault(h, h), false), g => -g.Count()),
            [DashboardDimension.Segment] = By(i => segments.TryGetValue(i.EnterpriseId, out var s) ? s : (Segment)0, s => ((int)s == 0 ? "其他" : s.ChineseName(), true), g => g.Key),
            [DashboardDimension.Month] = By(i => MonthOf(i.CreatedAt), m => (m, false), g => g.Key),
        };
        return new DashboardData(Row("合计", true, items), by, today);
    }

    private static string MonthOf(DateTime utc) => ChinaTime.ToChina(utc).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
}
