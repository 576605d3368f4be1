using Microsoft.EntityFrameworkCore;
using Portal.Core.Enterprises;
using Portal.Core.Identity;
using Portal.Core.Time;
using Portal.Modules.RedHelp.Data;
using Portal.Modules.RedHelp.Domain;

namespace Portal.Modules.RedHelp.Demands;

/// <summary>A demand in a list; <see cref="DaysLeft"/> in working days, negative when overdue, null without a due date.</summary>
internal sealed record DemandRow(
    int Id, string Title, DemandCategory Category, Urgency Urgency, DemandState State, int EnterpriseId, string EnterpriseName,
    string? HandlerName, DateTime CreatedAt, DateOnly? DueOn, int? DaysLeft, DateTime? ResolvedAt)
{
    public bool IsOverdue => State.IsOpen() && DaysLeft < 0;
}

/// <summary>One page of rows and the total.</summary>
internal sealed record DemandPage(IReadOnlyList<DemandRow> Items, int Total, int Page, int PageCount);

/// <summary>Open demands of one category from several enterprises of one chain segment: a shared problem for the segment's party organisation.</summary>
internal sealed record SharedProblem(Segment Segment, DemandCategory Category, IReadOnlyList<DemandRow> Demands)
{
    public int EnterpriseCount => Demands.Select(d => d.EnterpriseId).Distinct().Count();
}

/// <summary>The read side of demands, always narrowed to what the viewer may see.</summary>
internal sealed class DemandQueries(
    RedHelpDbContext db, IEnterpriseDirectory enterprises, IUserDirectory users, DueDates dueDates, TimeProvider time)
{
    public const int PageSize = 20;

    public const int FollowUpAfterDays = 7;

    public async Task<IReadOnlyList<DemandRow>> OfEnterpriseAsync(DemandViewer viewer, CancellationToken cancellationToken = default) =>
        viewer.EnterpriseId is { } id
            ? await RowsAsync(db.Demands.Where(d => d.EnterpriseId == id).OrderByDescending(d => d.CreatedAt).ThenByDescending(d => d.Id), cancellationToken)
            : [];

    /// <summary>Staff's list: by state (submitted first by default), urgent first, oldest first.</summary>
    public async Task<DemandPage> ForStaffAsync(DemandViewer viewer, DemandState? state, int page, CancellationToken cancellationToken = default)
    {
        var query = viewer.Visible(db.Demands.AsNoTracking());
        if (state is { } s)
        {
            query = query.Where(d => d.State == s);
        }

        var total = await query.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pageCount);
        var rows = await RowsAsync(
            query.OrderByDescending(d => d.Urgency).ThenBy(d => d.CreatedAt).ThenBy(d => d.Id).Skip((page - 1) * PageSize).Take(PageSize),
            cancellationToken);
        return new DemandPage(rows, total, page, pageCount);
    }

    /// <summary>A helper's open demands, the nearest due first.</summary>
    public async Task<IReadOnlyList<DemandRow>> WorkAsync(DemandViewer viewer, CancellationToken cancellationToken = default) =>
        await RowsAsync(
            db.Demands.Where(d => d.HandlerUserId == viewer.UserId && (d.State == DemandState.Dispatched || d.State == DemandState.InProgress))
                .OrderBy(d => d.DueOn).ThenBy(d => d.Id),
            cancellationToken);

    /// <summary>Resolved demands not rated within seven days: the helper calls the enterprise (回访).</summary>
    public async Task<IReadOnlyList<DemandRow>> FollowUpsAsync(DemandViewer viewer, CancellationToken cancellationToken = default)
    {
        if (!viewer.IsHelper)
        {
            return [];
        }

        var cutoff = time.GetUtcNow().UtcDateTime.AddDays(-FollowUpAfterDays);
        var mine = viewer.HelperEnterpriseIds.ToList();
        return await RowsAsync(
            db.Demands.Where(d => d.State == DemandState.Resolved && d.ResolvedAt <= cutoff
                    && (d.HandlerUserId == viewer.UserId || mine.Contains(d.EnterpriseId)))
                .OrderBy(d => d.ResolvedAt),
            cancellationToken);
    }

    /// <summary>Open demands grouped by chain segment and category where at least two enterprises ask the same.</summary>
    public async Task<IReadOnlyList<SharedProblem>> SharedProblemsAsync(DemandViewer viewer, CancellationToken cancellationToken = default)
    {
        var open = await RowsAsync(
            viewer.Visible(db.Demands).Where(d => d.State == DemandState.Submitted || d.State == DemandState.Dispatched || d.State == DemandState.InProgress)
                .OrderBy(d => d.CreatedAt),
            cancellationToken);
        var segments = (await enterprises.ListAsync(open.Select(d => d.EnterpriseId).Distinct().ToList(), cancellationToken))
            .ToDictionary(e => e.Id, e => e.Segment);
        return open.Where(d => segments.ContainsKey(d.EnterpriseId))
            .GroupBy(d => (Segment: segments[d.EnterpriseId], d.Category))
            .Select(g => new SharedProblem(g.Key.Segment, g.Key.Category, g.ToList()))
            .Where(p => p.EnterpriseCount >= 2)
            .OrderByDescending(p => p.EnterpriseCount).ThenBy(p => p.Segment).ThenBy(p => p.Category)
            .ToList();
    }

    public async Task<DemandDetail?> DetailAsync(int id, DemandViewer viewer, CancellationToken cancellationToken = default)
    {
        var demand = await db.Demands.AsNoTracking().Include(d => d.Timeline).Include(d => d.Attachments).FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (demand is null || !viewer.CanSee(demand))
        {
            return null;
        }

        var internalToo = viewer.SeesInternal(demand);
        var steps = demand.Timeline.Where(t => internalToo || !t.IsInternal).OrderBy(t => t.At).ThenBy(t => t.Id).ToList();
        var names = await NamesAsync(steps.Select(t => t.ActorUserId).Append(demand.HandlerUserId).OfType<string>(), cancellationToken);
        var unitIds = ParseUnits(demand.CoHandlingUnitIds).Append(demand.LeadUnitId ?? 0).ToList();
        var units = await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
        var enterprise = await enterprises.FindAsync(demand.EnterpriseId, cancellationToken);
        return new DemandDetail(
            demand,
            enterprise?.Name ?? "",
            enterprise?.Segment,
            demand.LeadUnitId is { } lead ? units.GetValueOrDefault(lead) : null,
            ParseUnits(demand.CoHandlingUnitIds).Select(u => units.GetValueOrDefault(u)).OfType<string>().ToList(),
            demand.HandlerUserId is { } handler ? names.GetValueOrDefault(handler) : null,
            DaysLeft(demand.DueOn),
            steps.Select(t => new TimelineRow(t.At, names.GetValueOrDefault(t.ActorUserId) ?? "", t.FromState, t.ToState, t.Note, t.IsInternal)).ToList());
    }

    public static IEnumerable<int> ParseUnits(string ids) =>
        ids.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => int.TryParse(s, out var n) ? n : 0).Where(n => n > 0);

    private int? DaysLeft(DateOnly? dueOn) => dueOn is { } due ? dueDates.WorkingDaysLeft(time.ChinaToday(), due) : null;

    private async Task<Dictionary<string, string>> NamesAsync(IEnumerable<string> ids, CancellationToken cancellationToken) =>
        (await users.FindAsync(ids.Distinct().ToList(), cancellationToken)).ToDictionary(u => u.Key, u => u.Value.DisplayName);

    private async Task<IReadOnlyList<DemandRow>> RowsAsync(IQueryable<Demand> query, CancellationToken cancellationToken)
    {
        var demands = await query.AsNoTracking().ToListAsync(cancellationToken);
        var names = (await enterprises.ListAsync(demands.Select(d => d.EnterpriseId).Distinct().ToList(), cancellationToken)).ToDictionary(e => e.Id, e => e.Name);
        var handlers = await NamesAsync(demands.Select(d => d.HandlerUserId).OfType<string>(), cancellationToken);
        return demands.Select(d => new DemandRow(
                d.Id, d.Title, d.Category, d.Urgency, d.State, d.EnterpriseId, names.GetValueOrDefault(d.EnterpriseId) ?? "",
                d.HandlerUserId is { } h ? handlers.GetValueOrDefault(h) : null, d.CreatedAt, d.DueOn, DaysLeft(d.DueOn), d.ResolvedAt))
            .ToList();
    }
}

/// <summary>A step as shown: who (by name), when, from, to, the note.</summary>
internal sealed record TimelineRow(DateTime At, string ActorName, DemandState? FromState, DemandState ToState, string Note, bool IsInternal);

/// <summary>A demand with names resolved and the timeline the viewer may see.</summary>
internal sealed record DemandDetail(
    Demand Demand, string EnterpriseName, Segment? Segment, string? LeadUnitName, IReadOnlyList<string> CoUnitNames, string? HandlerName,
    int? DaysLeft, IReadOnlyList<TimelineRow> Timeline);
