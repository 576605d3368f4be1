using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Enterprises;
using Portal.Modules.Expo.Contracts;
using Portal.Modules.RedHelp.Contracts;
using Portal.Modules.ServiceCenter.Data;
using Portal.Modules.ServiceCenter.Domain;

namespace Portal.Modules.ServiceCenter.Home;

/// <summary>
/// One live figure: <see cref="Label"/> and <see cref="Unit"/> are localization keys, <see cref="Source"/>
/// names who provides it. <see cref="Provided"/> false: the module that owns it is not installed, so the
/// figure is absent (never shown as 0). <see cref="Value"/> null while provided: nothing to measure yet.
/// </summary>
public sealed record LiveFigure(string Id, string Label, string? Value, string Unit, string Source, bool Provided)
{
    public bool Shown => Provided && Value is not null;
}

/// <summary>
/// The home page's figures, computed on every request from their owners, never typed in: enterprises
/// (Core), expos (the Expo module's contract), services delivered (this module), demands (RedHelp's
/// contract). Other modules' contracts are optional: resolved with GetService, absent when not registered.
/// </summary>
internal sealed class LiveFigures(IServiceProvider services, IEnterpriseDirectory enterprises, ServiceCenterDbContext db)
{
    public const string SourceCore = "企业名录（核心）";
    public const string SourceExpo = "展销会模块";
    public const string SourceCenter = "服务中心模块";
    public const string SourceRedHelp = "红色帮办模块";

    public async Task<IReadOnlyList<LiveFigure>> ComputeAsync(CancellationToken cancellationToken = default)
    {
        var counts = await enterprises.CountsAsync(cancellationToken);
        var delivered = await db.Appointments.CountAsync(a => a.State == AppointmentState.Done, cancellationToken);
        var expo = services.GetService<IExpoFigures>() is { } e ? await e.GetFiguresAsync(cancellationToken) : null;
        var demands = services.GetService<IDemandStatistics>() is { } d ? await d.GetFiguresAsync(cancellationToken) : null;

        return
        [
            new("enterprises", "链上企业", Number(counts.Verified), "家", SourceCore, true),
            new("above-size", "规上企业", Number(counts.AboveDesignatedSize), "家", SourceCore, true),
            new("expos", "举办展销会", expo is null ? null : Number(expo.ExposHeld), "场", SourceExpo, expo is not null),
            new("exhibitors", "参展企业", expo is null ? null : Number(expo.Exhibitors), "家", SourceExpo, expo is not null),
            new("services", "完成服务", Number(delivered), "次", SourceCenter, true),
            new("demands", "办结企业需求", demands is null ? null : Number(demands.Resolved), "件", SourceRedHelp, demands is not null),
            new("median-days", "办结用时中位数", demands?.MedianDaysToResolve is { } days ? days.ToString("0.#", CultureInfo.InvariantCulture) : null,
                "个工作日", SourceRedHelp, demands is not null),
            new("satisfaction", "满意率", demands?.Satisfaction is { } s ? (s * 100).ToString("0", CultureInfo.InvariantCulture) : null,
                "%", SourceRedHelp, demands is not null),
        ];
    }

    private static string Number(int n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
