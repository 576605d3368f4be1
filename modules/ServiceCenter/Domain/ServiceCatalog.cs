using Microsoft.EntityFrameworkCore;
using Portal.Core;
using Portal.Modules.ServiceCenter.Data;

namespace Portal.Modules.ServiceCenter.Domain;

/// <summary>What staff type into the service form.</summary>
internal sealed record ServiceInput(
    string? Name, string? Slug, ServiceCategory Category, string? Summary, string? Description, string? Provider, bool IsActive, int SortOrder);

/// <summary>The center's service catalogue: the public sees active entries; staff add, edit and retire them.</summary>
internal sealed class ServiceCatalog(ServiceCenterDbContext db)
{
    public const int MaxDescriptionLength = 20_000;

    public static readonly IReadOnlyList<ServiceCategory> Categories =
    [
        ServiceCategory.CreativeDesign, ServiceCategory.FashionShow, ServiceCategory.Testing,
        ServiceCategory.Exhibition, ServiceCategory.Training, ServiceCategory.Other,
    ];

    public async Task<IReadOnlyList<CenterService>> ActiveAsync(CancellationToken cancellationToken = default) =>
        await db.Services.AsNoTracking().Where(s => s.IsActive).OrderBy(s => s.SortOrder).ThenBy(s => s.Id).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<CenterService>> AllAsync(CancellationToken cancellationToken = default) =>
        await db.Services.AsNoTracking().OrderBy(s => s.SortOrder).ThenBy(s => s.Id).ToListAsync(cancellationToken);

    public Task<CenterService?> FindActiveAsync(string slug, CancellationToken cancellationToken = default) =>
        db.Services.AsNoTracking().FirstOrDefaultAsync(s => s.Slug == slug && s.IsActive, cancellationToken);

    public Task<CenterService?> FindAsync(int id, CancellationToken cancellationToken = default) =>
        db.Services.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken);

    public async Task<(CenterService? Service, Refusal? Refusal)> SaveAsync(int? id, ServiceInput input, CancellationToken cancellationToken = default)
    {
        CenterService? service = null;
        if (id is { } existing && (service = await db.Services.FirstOrDefaultAsync(s => s.Id == existing, cancellationToken)) is null)
        {
            return (null, Refusal.Form("找不到该服务。"));
        }

        if (await CheckAsync(id, input, cancellationToken) is { } refusal)
        {
            return (null, refusal);
        }

        service ??= db.Services.Add(new CenterService()).Entity;
        service.Name = input.Name!.Trim();
        service.Slug = input.Slug!.Trim();
        service.Category = input.Category;
        service.Summary = input.Summary?.Trim() ?? "";
        service.Description = input.Description?.Trim() ?? "";
        service.Provider = input.Provider?.Trim() ?? "";
        service.IsActive = input.IsActive;
        service.SortOrder = input.SortOrder;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return (null, new Refusal(nameof(ServiceInput.Slug), "该网址标识已被其他服务使用。"));
        }

        return (service, null);
    }

    private async Task<Refusal?> CheckAsync(int? id, ServiceInput input, CancellationToken cancellationToken)
    {
        if ((input.Name?.Trim().Length ?? 0) is 0 or > 100)
        {
            return new Refusal(nameof(ServiceInput.Name), "请填写服务名称（{0} 字以内）。", [100]);
        }

        var slug = input.Slug?.Trim();
        if (!NewsRules.IsValidSlug(slug) || slug!.Length > 60)
        {
            return new Refusal(nameof(ServiceInput.Slug), "网址标识只能由小写字母、数字和连字符（-）组成，不超过 {0} 个字符。", [60]);
        }

        if (!Categories.Contains(input.Category))
        {
            return new Refusal(nameof(ServiceInput.Category), "请选择服务类别。");
        }

        if ((input.Summary?.Trim().Length ?? 0) is 0 or > 300)
        {
            return new Refusal(nameof(ServiceInput.Summary), "请填写简介（{0} 字以内）。", [300]);
        }

        if ((input.Description?.Length ?? 0) > MaxDescriptionLength)
        {
            return new Refusal(nameof(ServiceInput.Description), "详细介绍不能超过 {0} 字。", [MaxDescriptionLength]);
        }

        if ((input.Provider?.Trim().Length ?? 0) is 0 or > 100)
        {
            return new Refusal(nameof(ServiceInput.Provider), "请填写服务提供方（{0} 字以内）。", [100]);
        }

        if (input.SortOrder is < 0 or > 9999)
        {
            return new Refusal(nameof(ServiceInput.SortOrder), "排序须在 0 到 9999 之间。");
        }

        return await db.Services.AnyAsync(s => s.Slug == slug && s.Id != id, cancellationToken)
            ? new Refusal(nameof(ServiceInput.Slug), "该网址标识已被其他服务使用。")
            : null;
    }
}
