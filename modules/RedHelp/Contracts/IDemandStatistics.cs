namespace Portal.Modules.RedHelp.Contracts;

/// <summary>
/// Demands resolved, the median working time to resolve them in days, and the share of rated demands
/// rated 满意 or better (0..1); null where there is nothing to measure yet.
/// </summary>
public sealed record DemandFigures(int Resolved, double? MedianDaysToResolve, double? Satisfaction);

/// <summary>What the RedHelp module tells other modules; implemented by RedHelp, read by ServiceCenter.</summary>
public interface IDemandStatistics
{
    Task<DemandFigures> GetFiguresAsync(CancellationToken cancellationToken = default);
}
