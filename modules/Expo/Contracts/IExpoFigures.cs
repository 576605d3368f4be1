namespace Portal.Modules.Expo.Contracts;

/// <summary>Expos held (finished) and the distinct enterprises that exhibited at them.</summary>
public sealed record ExpoFigures(int ExposHeld, int Exhibitors);

/// <summary>An expo an enterprise exhibits or exhibited at, for its showcase page.</summary>
public sealed record ExhibitedExpo(string Title, string Url, DateOnly StartsOn, DateOnly EndsOn);

/// <summary>What the Expo module tells other modules; implemented by Expo, read by ServiceCenter.</summary>
public interface IExpoFigures
{
    Task<ExpoFigures> GetFiguresAsync(CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ExhibitedExpo>> ExposOfEnterpriseAsync(int enterpriseId, CancellationToken cancellationToken = default);
}
