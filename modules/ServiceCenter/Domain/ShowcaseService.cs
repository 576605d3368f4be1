using Microsoft.EntityFrameworkCore;
using Portal.Core;
using Portal.Core.Enterprises;
using Portal.Core.Notifications;
using Portal.Modules.ServiceCenter.Data;

namespace Portal.Modules.ServiceCenter.Domain;

/// <summary>
/// An enterprise edits a working copy of its showcase (Draft), submits it, and staff approve it (it
/// becomes the published version, the old one is kept as Superseded) or reject it with a reason.
/// The published version never changes until an approval replaces it.
/// </summary>
internal sealed class ShowcaseService(
    ServiceCenterDbContext db, IEnterpriseDirectory enterprises, INotificationService notifications, TimeProvider time)
{
    public Task<ShowcaseVersion?> PublishedAsync(int enterpriseId, CancellationToken cancellationToken = default) =>
        WithProducts().AsNoTracking().FirstOrDefaultAsync(v => v.EnterpriseId == enterpriseId && v.State == ShowcaseState.Published, cancellationToken);

    public Task<ShowcaseVersion?> FindAsync(int versionId, CancellationToken cancellationToken = default) =>
        WithProducts().FirstOrDefaultAsync(v => v.Id == versionId, cancellationToken);

    /// <summary>The versions waiting for review, oldest submission first.</summary>
    public async Task<IReadOnlyList<ShowcaseVersion>> QueueAsync(CancellationToken cancellationToken = default) =>
        await db.Showcases.AsNoTracking().Where(v => v.State == ShowcaseState.Submitted)
            .OrderBy(v => v.SubmittedAt).ThenBy(v => v.Id).ToListAsync(cancellationToken);

    /// <summary>The Draft or Submitted version without creating one, for pages that only show it.</summary>
    public Task<ShowcaseVersion?> FindWorkingAsync(int enterpriseId, CancellationToken cancellationToken = default) =>
        WithProducts().AsNoTracking().FirstOrDefaultAsync(
            v => v.EnterpriseId == enterpriseId && (v.State == ShowcaseState.Draft || v.State == ShowcaseState.Submitted), cancellationToken);

    /// <summary>The latest reviewed version when it was rejected (its reason is shown to the enterprise), else null.</summary>
    public async Task<ShowcaseVersion?> LastRejectionAsync(int enterpriseId, CancellationToken cancellationToken = default)
    {
        var last = await db.Showcases.AsNoTracking()
            .Where(v => v.EnterpriseId == enterpriseId && v.ReviewedAt != null)
            .OrderByDescending(v => v.ReviewedAt).ThenByDescending(v => v.Number)
            .FirstOrDefaultAsync(cancellationToken);
        return last is { State: ShowcaseState.Rejected } ? last : null;
    }

    /// <summary>The Draft or Submitted version, or a new Draft copied from the latest published or rejected one.</summary>
    public async Task<ShowcaseVersion> WorkingCopyAsync(int enterpriseId, CancellationToken cancellationToken = default)
    {
        var working = await WithProducts().FirstOrDefaultAsync(
            v => v.EnterpriseId == enterpriseId && (v.State == ShowcaseState.Draft || v.State == ShowcaseState.Submitted), cancellationToken);
        if (working is not null)
        {
            return working;
        }

        var latest = await WithProducts().AsNoTracking()
            .Where(v => v.EnterpriseId == enterpriseId && (v.State == ShowcaseState.Published || v.State == ShowcaseState.Rejected))
            .OrderByDescending(v => v.Number)
            .FirstOrDefaultAsync(cancellationToken);
        var number = await db.Showcases.Where(v => v.EnterpriseId == enterpriseId).MaxAsync(v => (int?)v.Number, cancellationToken) ?? 0;
        var draft = CopyOf(latest, enterpriseId, number + 1);
        db.Showcases.Add(draft);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return draft;
        }
        catch (DbUpdateException)
        {
            // Another request created the working copy a moment ago (the database allows only one): use that one.
            db.ChangeTracker.Clear();
            return await WithProducts().FirstAsync(
                v => v.EnterpriseId == enterpriseId && (v.State == ShowcaseState.Draft || v.State == ShowcaseState.Submitted), cancellationToken);
        }
    }

    public async Task<Refusal?> SubmitAsync(int versionId, CancellationToken cancellationToken = default)
    {
        var version = await db.Showcases.FindAsync([versionId], cancellationToken);
        if (version is not { State: ShowcaseState.Draft })
        {
            return Refusal.Form("只有编辑中的版本可以提交审核。");
        }

        version.State = ShowcaseState.Submitted;
        version.SubmittedAt = time.GetUtcNow().UtcDateTime;
        version.Revision++;
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>Takes a submitted version back for editing.</summary>
    public async Task<Refusal?> WithdrawAsync(int versionId, CancellationToken cancellationToken = default)
    {
        var version = await db.Showcases.FindAsync([versionId], cancellationToken);
        if (version is not { State: ShowcaseState.Submitted })
        {
            return Refusal.Form("只有待审核的版本可以撤回。");
        }

        version.State = ShowcaseState.Draft;
        version.SubmittedAt = null;
        version.Revision++;
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    public async Task<Refusal?> ApproveAsync(int versionId, string reviewerUserId, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var version = await db.Showcases.FindAsync([versionId], cancellationToken);
        if (version is not { State: ShowcaseState.Submitted })
        {
            return Refusal.Form("该版本不在待审核状态，可能已被其他工作人员处理。");
        }

        var now = time.GetUtcNow().UtcDateTime;
        await db.Showcases
            .Where(v => v.EnterpriseId == version.EnterpriseId && v.State == ShowcaseState.Published)
            .ExecuteUpdateAsync(s => s.SetProperty(v => v.State, ShowcaseState.Superseded), cancellationToken);
        version.State = ShowcaseState.Published;
        version.ReviewedAt = now;
        version.ReviewerUserId = reviewerUserId;
        version.RejectionReason = null;
        version.Revision++;
        if (await SaveOrConflictAsync(cancellationToken) is { } conflict)
        {
            return conflict;
        }

        await transaction.CommitAsync(cancellationToken);
        await NotifyOwnerAsync(version, "企业展示已发布", "您提交的企业展示已通过审核，现已公开。", cancellationToken);
        return null;
    }

    public async Task<Refusal?> RejectAsync(int versionId, string reviewerUserId, string? reason, CancellationToken cancellationToken = default)
    {
        reason = reason?.Trim();
        if (string.IsNullOrEmpty(reason) || reason.Length > 500)
        {
            return new Refusal("Reason", "请填写不通过的理由（500 字以内）。");
        }

        var version = await db.Showcases.FindAsync([versionId], cancellationToken);
        if (version is not { State: ShowcaseState.Submitted })
        {
            return Refusal.Form("该版本不在待审核状态，可能已被其他工作人员处理。");
        }

        version.State = ShowcaseState.Rejected;
        version.ReviewedAt = time.GetUtcNow().UtcDateTime;
        version.ReviewerUserId = reviewerUserId;
        version.RejectionReason = reason;
        version.Revision++;
        if (await SaveOrConflictAsync(cancellationToken) is { } conflict)
        {
            return conflict;
        }

        await NotifyOwnerAsync(version, "企业展示未通过审核", $"您提交的企业展示未通过审核。理由：{reason}", cancellationToken);
        return null;
    }

    private async Task<Refusal?> SaveOrConflictAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return Refusal.Form("该版本已被其他工作人员处理，请刷新后查看。");
        }
    }

    private async Task NotifyOwnerAsync(ShowcaseVersion version, string title, string body, CancellationToken cancellationToken)
    {
        if (await enterprises.FindAsync(version.EnterpriseId, cancellationToken) is { OwnerUserId: { } owner })
        {
            await notifications.NotifyAsync(
                new Notice(owner, title, body, "/my/showcase", $"center:showcase:{version.Id}:{version.State}"), cancellationToken);
        }
    }

    private IQueryable<ShowcaseVersion> WithProducts() =>
        db.Showcases.Include(v => v.Products.OrderBy(p => p.SortOrder)).ThenInclude(p => p.Images.OrderBy(i => i.SortOrder));

    private ShowcaseVersion CopyOf(ShowcaseVersion? source, int enterpriseId, int number) => new()
    {
        EnterpriseId = enterpriseId,
        Number = number,
        State = ShowcaseState.Draft,
        CreatedAt = time.GetUtcNow().UtcDateTime,
        Culture = source?.Culture ?? "",
        LogoKey = source?.LogoKey,
        LogoWidth = source?.LogoWidth ?? 0,
        LogoHeight = source?.LogoHeight ?? 0,
        Brands = source?.Brands ?? "",
        Honours = source?.Honours ?? "",
        Products = source?.Products.Select(p => new ShowcaseProduct
        {
            Name = p.Name,
            Description = p.Description,
            SortOrder = p.SortOrder,
            Images = p.Images.Select(i => new ProductImage { Key = i.Key, Width = i.Width, Height = i.Height, Alt = i.Alt, SortOrder = i.SortOrder }).ToList(),
        }).ToList() ?? [],
    };
}
