using Microsoft.EntityFrameworkCore;
using Portal.Core;

namespace Portal.Modules.Policies.Domain;

/// <summary>
/// A list item whose last-change time is its concurrency token (resources, projects): the editor posts back the
/// <see cref="StampedSave.Token"/> it started from, and a save over someone else's newer change is refused.
/// </summary>
internal interface IStamped
{
    int Id { get; }

    DateTime UpdatedAt { get; set; }
}

internal static class StampedSave
{
    public const string ConflictMessage = "保存失败：该条目已被其他工作人员修改。请查看最新内容后再保存。";

    /// <summary>What the editor posts back: the ticks of the change it saw.</summary>
    public static long Token(this IStamped item) => item.UpdatedAt.Ticks;

    /// <summary>
    /// Saves with the posted token as the original UpdatedAt, so the database changes nothing if another save came
    /// in between; the new stamp is always later than the old one (by at least a microsecond, what PostgreSQL keeps),
    /// even under a clock that stands still.
    /// </summary>
    public static async Task<Refusal?> SaveAsync(DbContext db, IStamped item, long token, DateTime now, CancellationToken cancellationToken)
    {
        if (item.UpdatedAt.Ticks != token)
        {
            return Refusal.Form(ConflictMessage);
        }

        var seen = new DateTime(token, DateTimeKind.Utc);
        db.Entry(item).Property(nameof(IStamped.UpdatedAt)).OriginalValue = seen;
        item.UpdatedAt = now > seen.AddTicks(10) ? now : seen.AddTicks(10);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Refusal.Form(ConflictMessage);
        }
    }
}
