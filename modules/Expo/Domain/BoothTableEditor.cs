using Microsoft.EntityFrameworkCore;
using Portal.Modules.Expo.Data;

namespace Portal.Modules.Expo.Domain;

/// <summary>One row of the booth table as staff typed it; <see cref="Id"/> is null for a new booth.</summary>
public sealed class BoothRowInput
{
    public int? Id { get; set; }
    public string? Code { get; set; }
    public decimal? Area { get; set; }
    public BoothKind? Kind { get; set; }
    public string? Zone { get; set; }
    public int? X { get; set; }
    public int? Y { get; set; }
    public int? Width { get; set; }
    public int? Height { get; set; }
    public int? Rotation { get; set; }
    public bool HasPower { get; set; }
    public string? Notes { get; set; }
    public bool IsBlocked { get; set; }
    public string? BlockReason { get; set; }
    public bool Delete { get; set; }

    /// <summary>The empty "new booth" row left blank: ignored.</summary>
    public bool IsBlank => Id is null && string.IsNullOrWhiteSpace(Code) && Area is null && X is null && Y is null && Width is null && Height is null;
}

/// <summary>A refusal of one row (index into the posted rows), a Chinese message with arguments.</summary>
internal sealed record RowRefusal(int Row, string Message, object[] Args);

/// <summary>
/// Staff edit a hall's booths as one table: every row is checked, and when any row is bad nothing is saved.
/// A booth held or wanted by a pending, approved, checked-in or offered application cannot be deleted. Every save is audited.
/// </summary>
internal sealed class BoothTableEditor(ExpoDbContext db, TimeProvider time)
{
    public async Task<IReadOnlyList<RowRefusal>> SaveAsync(ExpoHall hall, IReadOnlyList<BoothRowInput> rows, string staffUserId, CancellationToken cancellationToken = default)
    {
        var refusals = new List<RowRefusal>();
        var byId = hall.Booths.ToDictionary(b => b.Id);
        var kept = rows.Select((r, i) => (Row: r, Index: i)).Where(x => !x.Row.IsBlank && !x.Row.Delete).ToList();
        foreach (var (row, index) in kept)
        {
            if (row.Id is { } id && !byId.ContainsKey(id))
            {
                refusals.Add(new RowRefusal(index, "该展位不属于此展厅或已被删除。", []));
            }
            else if (Check(hall, row) is { } bad)
            {
                refusals.Add(new RowRefusal(index, bad.Message, bad.Args));
            }
        }

        var posted = rows.Where(r => r.Id is not null).Select(r => r.Id!.Value).ToHashSet();
        var untouched = hall.Booths.Where(b => !posted.Contains(b.Id)).Select(b => b.Code).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var (row, index) in kept.Where(x => untouched.Contains(x.Row.Code?.Trim() ?? "")))
        {
            refusals.Add(new RowRefusal(index, "展位号「{0}」在本展厅中重复。", [row.Code!.Trim()]));
        }

        foreach (var dup in kept.Where(x => !string.IsNullOrWhiteSpace(x.Row.Code))
                     .GroupBy(x => x.Row.Code!.Trim(), StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).SelectMany(g => g.Skip(1)))
        {
            refusals.Add(new RowRefusal(dup.Index, "展位号「{0}」在本展厅中重复。", [dup.Row.Code!.Trim()]));
        }

        var deleted = rows.Select((r, i) => (Row: r, Index: i)).Where(x => x.Row.Delete && x.Row.Id is { } id && byId.ContainsKey(id)).ToList();
        var held = await HeldAsync(deleted.Select(d => d.Row.Id!.Value).ToList(), cancellationToken);
        refusals.AddRange(deleted.Where(d => held.Contains(d.Row.Id!.Value))
            .Select(d => new RowRefusal(d.Index, "展位「{0}」有待审核或已确认的申请，不能删除。", [byId[d.Row.Id!.Value].Code])));
        if (refusals.Count > 0)
        {
            return refusals.OrderBy(r => r.Row).ToList();
        }

        var (added, changed) = (0, 0);
        foreach (var (row, _) in kept)
        {
            var booth = row.Id is { } id ? byId[id] : new Booth { HallId = hall.Id };
            Apply(booth, row);
            if (booth.Id == 0)
            {
                db.Booths.Add(booth);
                added++;
            }
            else if (db.Entry(booth).State == EntityState.Modified)
            {
                changed++;
            }
        }

        var gone = deleted.Select(d => d.Row.Id!.Value).ToList();
        db.OfferedBooths.RemoveRange(await db.OfferedBooths.Where(o => gone.Contains(o.BoothId)).ToListAsync(cancellationToken));
        db.Booths.RemoveRange(gone.Select(id => byId[id]));
        db.Audit.Add(new ExpoAuditEntry
        {
            Subject = "hall", SubjectId = hall.Id, Action = "booths", ActorUserId = staffUserId,
            Note = $"{hall.Name}：新增 {added}，修改 {changed}，删除 {gone.Count}", At = time.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(cancellationToken);
        return [];
    }

    /// <summary>The first thing wrong with a kept row, or null.</summary>
    internal static (string Message, object[] Args)? Check(ExpoHall hall, BoothRowInput row)
    {
        var code = row.Code?.Trim() ?? "";
        if (code.Length is 0 or > 20)
        {
            return ("请填写展位号（20 字以内）。", []);
        }

        if (row.Area is not (> 0 and < 100000))
        {
            return ("面积须为正数。", []);
        }

        if (row.Kind is not { } kind || !Enum.IsDefined(kind))
        {
            return ("请选择展位类型（标准展位或光地）。", []);
        }

        if ((row.Zone?.Trim().Length ?? 0) > 40 || (row.Notes?.Length ?? 0) > 500 || (row.BlockReason?.Trim().Length ?? 0) > 200)
        {
            return ("区域不超过 40 字，备注不超过 500 字，停用原因不超过 200 字。", []);
        }

        if (row.Width is not > 0 || row.Height is not > 0)
        {
            return ("宽和高须为正整数。", []);
        }

        if (row.X is not >= 0 || row.Y is not >= 0 || row.X + row.Width > hall.PlanWidth || row.Y + row.Height > hall.PlanHeight)
        {
            return ("展位须完全位于平面图内（宽 {0}，高 {1}）。", [hall.PlanWidth, hall.PlanHeight]);
        }

        return row.Rotation is >= 0 and <= 359 ? null : ("旋转角度须在 0 到 359 之间。", []);
    }

    private async Task<HashSet<int>> HeldAsync(List<int> boothIds, CancellationToken cancellationToken)
    {
        if (boothIds.Count == 0)
        {
            return [];
        }

        var live = db.Applications.Where(a => a.State == ApplicationState.Pending || a.State == ApplicationState.Approved
            || a.State == ApplicationState.CheckedIn || (a.State == ApplicationState.Waitlisted && a.OfferExpiresAt != null));
        var assigned = await live.Where(a => a.BoothId != null && boothIds.Contains(a.BoothId.Value)).Select(a => a.BoothId!.Value).ToListAsync(cancellationToken);
        var wanted = await live.Where(a => a.State == ApplicationState.Pending).SelectMany(a => a.Preferences)
            .Where(p => boothIds.Contains(p.BoothId)).Select(p => p.BoothId).ToListAsync(cancellationToken);
        return [.. assigned, .. wanted];
    }

    private static void Apply(Booth booth, BoothRowInput row)
    {
        booth.Code = row.Code!.Trim();
        booth.AreaSquareMetres = row.Area!.Value;
        booth.Kind = row.Kind!.Value;
        booth.Zone = row.Zone?.Trim() ?? "";
        (booth.X, booth.Y, booth.Width, booth.Height, booth.Rotation) = (row.X!.Value, row.Y!.Value, row.Width!.Value, row.Height!.Value, row.Rotation!.Value);
        booth.HasPower = row.HasPower;
        booth.Notes = row.Notes ?? "";
        booth.IsBlocked = row.IsBlocked;
        booth.BlockReason = row.IsBlocked && !string.IsNullOrWhiteSpace(row.BlockReason) ? row.BlockReason.Trim() : null;
    }
}
