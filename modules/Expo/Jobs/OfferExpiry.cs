using Portal.Modules.Expo.Domain;

namespace Portal.Modules.Expo.Jobs;

/// <summary>Recurring job "Expo:expire-offers": waitlist offers not accepted within 48 hours lapse and move on.</summary>
public sealed class OfferExpiry
{
    public const string JobId = "Expo:expire-offers";

    private readonly BoothApplicationService applications;

    internal OfferExpiry(BoothApplicationService applications) => this.applications = applications;

    public Task<int> RunAsync(CancellationToken cancellationToken = default) => applications.ExpireOffersAsync(cancellationToken);
}
