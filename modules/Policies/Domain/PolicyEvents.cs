namespace Portal.Modules.Policies.Domain;

/// <summary>
/// Published on Core's IEventBus after the change is saved: when a policy becomes Published (first publication,
/// by staff or by the scheduled job: <c>Major = false</c>) and when a published policy gets a major change
/// (<c>Major = true</c>). Minor changes publish nothing. Subscription listeners react.
/// </summary>
internal sealed record PolicyPublished(int PolicyId, bool Major);
