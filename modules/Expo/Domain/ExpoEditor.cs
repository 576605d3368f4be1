using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Portal.Core;
using Portal.Core.Files;
using Portal.Core.Time;
using Portal.Modules.Expo.Data;

namespace Portal.Modules.Expo.Domain;

/// <summary>What staff enter for an expo; the application window is in China time.</summary>
internal sealed record ExpoInput(
    string? Title, string? Slug, string? Theme, DateOnly? StartsOn, DateOnly? EndsOn, int? HallId, IReadOnlyList<int> OfferedBoothIds,
    DateTime? OpensAt, DateTime? ClosesAt, int? BoothCap, string? Description);

/// <summary>Staff create and edit expos and move them through <see cref="ExpoRules"/>; every refusal is a Chinese message for one field.</summary>
internal sealed partial class ExpoEditor(ExpoDbContext db, IFileStore files, TimeProvider time)
{
    public const long MaxCoverBytes = 5 * 1024 * 1024;

    public async Task<(ProductExpo? Expo, Refusal? Refusal)> SaveAsync(
        int? id, ExpoInput input, Stream? cover, string? coverName, string staffUserId, CancellationToken cancellationToken = default)
    {
        var expo = id is { } existing
            ? await db.Expos.Include(e => e.OfferedBooths).FirstOrDefaultAsync(e => e.Id == existing, cancellationToken)
            : new ProductExpo { State = ExpoState.Draft, CreatedAt = time.GetUtcNow().UtcDateTime };
        if (expo is null)
        {
            return (null, Refusal.Form("找不到该展销会。"));
        }

        if (expo.State == ExpoState.Finished)
        {
            return (null, Refusal.Form("已结束的展销会不能再修改。"));
        }

        if (await CheckAsync(expo, input, cancellationToken) is { } refusal)
        {
            return (null, refusal);
        }

        string? replaced = null;
        if (cover is not null)
        {
            var (stored, rejection) = await files.SaveAsync(cover, coverName ?? "", FileKinds.Images, MaxCoverBytes, cancellationToken);
            if (stored is null)
            {
                return (null, new Refusal("Cover", rejection!.Message, rejection.Args));
            }

            using var saved = files.Open(stored.Key);
            if ((saved is null ? null : ImageInfo.TryRead(saved)) is not { Width: > 0, Height: > 0 } size)
            {
                files.Delete(stored.Key);
                return (null, new Refusal("Cover", "无法读取图片的尺寸，请换一张 JPEG、PNG 或 WebP 图片。"));
            }

            replaced = expo.CoverKey;
            (expo.CoverKey, expo.CoverWidth, expo.CoverHeight) = (stored.Key, size.Width, size.Height);
        }

        Apply(expo, input);
        if (expo.Id == 0)
        {
            db.Expos.Add(expo);
        }

        await db.SaveChangesAsync(cancellationToken);
        db.Audit.Add(new ExpoAuditEntry
        {
            ExpoId = expo.Id, Subject = "expo", SubjectId = expo.Id, Action = id is null ? "create" : "edit", ActorUserId = staffUserId,
            Note = expo.Title, At = time.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(cancellationToken);
        if (replaced is not null)
        {
            files.Delete(replaced);
        }

        return (expo, null);
    }

    public async Task<Refusal?> MoveAsync(int id, ExpoState to, string staffUserId, CancellationToken cancellationToken = default)
    {
        var expo = await db.Expos.Include(e => e.OfferedBooths).FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (expo is null || !ExpoRules.CanMove(expo.State, to))
        {
            return Refusal.Form("展销会当前状态不能执行此操作。");
        }

        if (to == ExpoState.Published && expo.OfferedBooths.Count == 0)
        {
            return Refusal.Form("发布前请至少选择一个提供的展位。");
        }

        var from = expo.State;
        expo.State = to;
        db.Audit.Add(new ExpoAuditEntry
        {
            ExpoId = expo.Id, Subject = "expo", SubjectId = expo.Id, Action = $"state:{to.ToString().ToLowerInvariant()}", ActorUserId = staffUserId,
            Note = $"{from} → {to}", At = time.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    private async Task<Refusal?> CheckAsync(ProductExpo expo, ExpoInput input, CancellationToken cancellationToken)
    {
        var title = input.Title?.Trim() ?? "";
        var slug = input.Slug?.Trim().ToLowerInvariant() ?? "";
        if (title.Length is 0 or > 200)
        {
            return new Refusal("Title", "请填写标题（200 字以内）。");
        }

        if (!SlugPattern().IsMatch(slug) || slug is "spaces" or "new")
        {
            return new Refusal("Slug", "网址名只能用小写字母、数字和连字符（3–60 个字符），如 winter-2026。");
        }

        if (await db.Expos.AnyAsync(e => e.Slug == slug && e.Id != expo.Id, cancellationToken))
        {
            return new Refusal("Slug", "该网址名已被其他展销会使用。");
        }

        if ((input.Theme?.Trim().Length ?? 0) > 200 || (input.Description?.Length ?? 0) > 20000)
        {
            return new Refusal("Theme", "主题不超过 200 字，介绍不超过 20000 字。");
        }

        if (input.StartsOn is not { } starts || input.EndsOn is not { } ends)
        {
            return new Refusal("StartsOn", "请填写展期的开始和结束日期。");
        }

        if (ends < starts || ends.DayNumber - starts.DayNumber > 30)
        {
            return new Refusal("EndsOn", "结束日期不能早于开始日期，展期最长 31 天。");
        }

        if (input.OpensAt is not { } opens || input.ClosesAt is not { } closes || closes <= opens)
        {
            return new Refusal("ClosesAt", "请填写报名开始和截止时间，截止须晚于开始。");
        }

        if (DateOnly.FromDateTime(closes) > starts)
        {
            return new Refusal("ClosesAt", "报名截止不能晚于展期开始日期。");
        }

        if (input.BoothCap is not (>= 1 and <= 10))
        {
            return new Refusal("BoothCap", "每家企业可申请的展位数应在 1 到 10 之间。");
        }

        var hall = input.HallId is { } hallId ? await db.Halls.Include(h => h.Booths).FirstOrDefaultAsync(h => h.Id == hallId, cancellationToken) : null;
        if (hall is null)
        {
            return new Refusal("HallId", "请选择展厅。");
        }

        var wanted = input.OfferedBoothIds.Distinct().ToList();
        if (wanted.Any(b => hall.Booths.All(x => x.Id != b)))
        {
            return new Refusal("OfferedBoothIds", "所选展位不属于该展厅。");
        }

        if (expo.State != ExpoState.Draft && wanted.Count == 0)
        {
            return new Refusal("OfferedBoothIds", "已发布的展销会至少要提供一个展位。");
        }

        var held = await db.Applications.Where(a => a.ExpoId == expo.Id && a.BoothId != null
                && (a.State == ApplicationState.Approved || a.State == ApplicationState.CheckedIn || (a.State == ApplicationState.Waitlisted && a.OfferExpiresAt != null)))
            .Select(a => a.BoothId!.Value).ToListAsync(cancellationToken);
        if (expo.Id != 0 && (expo.HallId != hall.Id && held.Count > 0 || held.Any(b => !wanted.Contains(b))))
        {
            return new Refusal("OfferedBoothIds", "已分配或候补保留的展位不能移除，也不能更换展厅。");
        }

        return null;
    }

    private static void Apply(ProductExpo expo, ExpoInput input)
    {
        expo.Title = input.Title!.Trim();
        expo.Slug = input.Slug!.Trim().ToLowerInvariant();
        expo.Theme = input.Theme?.Trim() ?? "";
        expo.Description = input.Description ?? "";
        expo.StartsOn = input.StartsOn!.Value;
        expo.EndsOn = input.EndsOn!.Value;
        expo.HallId = input.HallId!.Value;
        expo.BoothCap = input.BoothCap!.Value;
        expo.ApplicationsOpenAt = ChinaTime.ToUtc(input.OpensAt!.Value);
        expo.ApplicationsCloseAt = ChinaTime.ToUtc(input.ClosesAt!.Value);
        var wanted = input.OfferedBoothIds.Distinct().ToHashSet();
        expo.OfferedBooths.RemoveAll(o => !wanted.Contains(o.BoothId));
        foreach (var booth in wanted.Where(b => expo.OfferedBooths.All(o => o.BoothId != b)))
        {
            expo.OfferedBooths.Add(new OfferedBooth { BoothId = booth });
        }
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,58}[a-z0-9]$")]
    private static partial Regex SlugPattern();
}
