using Portal.Modules.Policies.Domain;

namespace Portal.Modules.Policies.Jobs;

/// <summary>The name jobs write in the audit and in versions.</summary>
internal static class JobActor
{
    public static readonly Actor Instance = new("system", "定时任务");
}

/// <summary>Recurring job "Policies:publish-scheduled": scheduled policies whose time has come are published.</summary>
public sealed class PublishScheduledPolicies
{
    public const string JobId = "Policies:publish-scheduled";

    private readonly PolicyService policies;

    internal PublishScheduledPolicies(PolicyService policies) => this.policies = policies;

    public Task<int> RunAsync(CancellationToken cancellationToken = default) => policies.PublishDueAsync(cancellationToken);
}

/// <summary>Recurring job "Policies:expire": published policies past their last day are closed.</summary>
public sealed class ExpirePolicies
{
    public const string JobId = "Policies:expire";

    private readonly PolicyService policies;

    internal ExpirePolicies(PolicyService policies) => this.policies = policies;

    public Task<int> RunAsync(CancellationToken cancellationToken = default) => policies.ExpireDueAsync(cancellationToken);
}
