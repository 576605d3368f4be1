using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.Core.Notifications;

namespace Portal.Core.Enterprises;

/// <summary>What a new enterprise user states about their enterprise.</summary>
public sealed record EnterpriseRegistration(
    string Name, string CreditCode, Segment Segment, int TownId, SizeClass Size, bool AboveDesignatedSize,
    int FoundedYear, string ContactName, string ContactPhone, string ContactEmail);

/// <summary>A refusal with a Chinese message and the field it concerns ("" for the whole form).</summary>
/// <remarks><see cref="Message"/> is a localization key (Chinese text) with <see cref="Args"/> as its format arguments.</remarks>
public sealed record EnterpriseError(string Field, string Message, object[]? Args = null);

public sealed class EnterpriseService(CoreDbContext db, TimeProvider time, INotificationService notifications)
    : IEnterpriseDirectory
{
    /// <summary>Checks a registration without saving it; empty when it may be saved.</summary>
    public async Task<IReadOnlyList<EnterpriseError>> CheckAsync(EnterpriseRegistration registration, CancellationToken cancellationToken = default)
    {
        var errors = new List<EnterpriseError>();
        var code = CreditCode.Normalize(registration.CreditCode);
        if (CreditCode.Message(CreditCode.Validate(code)) is { } message)
        {
            errors.Add(new(nameof(registration.CreditCode), message));
        }
        else if (await db.Enterprises.AnyAsync(e => e.CreditCode == code, cancellationToken))
        {
            errors.Add(new(nameof(registration.CreditCode), "该统一社会信用代码已经注册，请直接登录或联系服务中心。"));
        }

        if (!Enum.IsDefined(registration.Segment))
        {
            errors.Add(new(nameof(registration.Segment), "请选择所属行业。"));
        }

        if (!Enum.IsDefined(registration.Size))
        {
            errors.Add(new(nameof(registration.Size), "请选择企业规模。"));
        }

        if (!await db.Towns.AnyAsync(t => t.Id == registration.TownId, cancellationToken))
        {
            errors.Add(new(nameof(registration.TownId), "请选择所在镇街园区。"));
        }

        var thisYear = time.GetUtcNow().Year;
        if (registration.FoundedYear < 1900 || registration.FoundedYear > thisYear)
        {
            errors.Add(new(nameof(registration.FoundedYear), "成立年份应在 {0} 到 {1} 之间。", [1900, thisYear]));
        }

        return errors;
    }

    /// <summary>Adds an unverified enterprise owned by <paramref name="ownerUserId"/>. Call <see cref="CheckAsync"/> first.</summary>
    public Enterprise Add(EnterpriseRegistration registration, string ownerUserId)
    {
        var code = CreditCode.Normalize(registration.CreditCode);
        var enterprise = new Enterprise
        {
            Name = registration.Name.Trim(),
            CreditCode = code,
            Slug = code.ToLowerInvariant(),
            Segment = registration.Segment,
            TownId = registration.TownId,
            Size = registration.Size,
            AboveDesignatedSize = registration.AboveDesignatedSize,
            FoundedYear = registration.FoundedYear,
            ContactName = registration.ContactName.Trim(),
            ContactPhone = registration.ContactPhone.Trim(),
            ContactEmail = registration.ContactEmail.Trim(),
            Verification = VerificationState.Unverified,
            OwnerUserId = ownerUserId,
            CreatedAt = time.GetUtcNow().UtcDateTime,
        };
        db.Enterprises.Add(enterprise);
        return enterprise;
    }

    public async Task<EnterpriseError?> VerifyAsync(int id, CancellationToken cancellationToken = default)
    {
        var enterprise = await db.Enterprises.FindAsync([id], cancellationToken);
        if (enterprise is null)
        {
            return new("", "找不到该企业。");
        }

        if (enterprise.Verification == VerificationState.Verified)
        {
            return new("", "该企业已经认证。");
        }

        enterprise.Verification = VerificationState.Verified;
        enterprise.RejectionReason = null;
        enterprise.VerifiedAt = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        if (enterprise.OwnerUserId is { } owner)
        {
            await notifications.NotifyAsync(new Notice(
                owner,
                "企业认证已通过",
                $"您的企业「{enterprise.Name}」已通过服务中心审核，现在可以预订展位、提交需求和订阅政策。",
                "/my",
                $"core:enterprise-verified:{enterprise.Id}:{enterprise.VerifiedAt:O}"), cancellationToken);
        }

        return null;
    }

    public async Task<EnterpriseError?> RejectAsync(int id, string? reason, CancellationToken cancellationToken = default)
    {
        reason = reason?.Trim();
        if (string.IsNullOrEmpty(reason))
        {
            return new("Reason", "请填写不通过的理由。");
        }

        if (reason.Length > 500)
        {
            return new("Reason", "理由不能超过 500 字。");
        }

        var enterprise = await db.Enterprises.FindAsync([id], cancellationToken);
        if (enterprise is null)
        {
            return new("", "找不到该企业。");
        }

        enterprise.Verification = VerificationState.Rejected;
        enterprise.RejectionReason = reason;
        enterprise.VerifiedAt = null;
        await db.SaveChangesAsync(cancellationToken);
        if (enterprise.OwnerUserId is { } owner)
        {
            await notifications.NotifyAsync(new Notice(
                owner,
                "企业认证未通过",
                $"您的企业「{enterprise.Name}」未通过审核。理由：{reason}。请修改企业信息后重新提交。",
                "/my",
                $"core:enterprise-rejected:{enterprise.Id}:{time.GetUtcNow().UtcDateTime:O}"), cancellationToken);
        }

        return null;
    }

    public Task<EnterpriseProfile?> FindAsync(int id, CancellationToken cancellationToken = default) =>
        Profiles().FirstOrDefaultAsync(e => e.Id == id, cancellationToken);

    public Task<EnterpriseProfile?> FindByOwnerAsync(string userId, CancellationToken cancellationToken = default) =>
        Profiles().FirstOrDefaultAsync(e => e.OwnerUserId == userId, cancellationToken);

    public async Task<IReadOnlyList<EnterpriseProfile>> ListAsync(IReadOnlyCollection<int> ids, CancellationToken cancellationToken = default) =>
        await Profiles().Where(e => ids.Contains(e.Id)).ToListAsync(cancellationToken);

    private IQueryable<EnterpriseProfile> Profiles() => db.Enterprises.AsNoTracking().Select(e => new EnterpriseProfile(
        e.Id, e.Name, e.Slug, e.CreditCode, e.Segment, e.TownId, e.Town!.Name, e.Size, e.AboveDesignatedSize,
        e.IsLeading, e.FoundedYear, e.Verification, e.OwnerUserId));
}
