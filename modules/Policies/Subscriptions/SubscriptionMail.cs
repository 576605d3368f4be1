using Microsoft.Extensions.Options;
using Portal.Core;
using Portal.Core.Notifications;
using Portal.Modules.Policies.Domain;
using Portal.Modules.Policies.Search;

namespace Portal.Modules.Policies.Subscriptions;

/// <summary>
/// The texts of the subscription notices: one policy at once, or a digest of several. The subscription's title (its name,
/// or its filter in words) is the subject and the heading; every notice says the filter in words and carries its unsubscribe link.
/// </summary>
internal sealed class SubscriptionMail(UnsubscribeTokens tokens, IOptions<PortalOptions> portal)
{
    public Notice Immediate(PolicySubscription subscription, Policy policy, string dedupeKey) => new(
        subscription.UserId,
        $"{Title(subscription)}：{policy.Title}",
        $"{Heading(subscription)}有一条新发布或重大变更的政策：\n\n{Line(policy)}\n\n{Footer(subscription)}",
        "/policies/" + policy.Slug,
        dedupeKey);

    public Notice Digest(PolicySubscription subscription, IReadOnlyList<Policy> policies, string dedupeKey) => new(
        subscription.UserId,
        $"{Title(subscription)}：每日摘要 {policies.Count} 条政策",
        $"{Heading(subscription)}有 {policies.Count} 条新发布或重大变更的政策：\n\n{string.Join("\n\n", policies.Select(Line))}\n\n{Footer(subscription)}",
        "/policies?" + subscription.Filter,
        dedupeKey);

    private static string Title(PolicySubscription subscription) => SubscriptionNames.Title(subscription.Name, subscription.Filter);

    private static string Heading(PolicySubscription subscription) =>
        $"【{Title(subscription)}】\n\n您订阅的政策筛选（{FilterLabels.Describe(subscription.Filter)}）";

    private string Line(Policy policy) => $"· {policy.Title}（{policy.DocumentNumber}）\n  {portal.Value.AbsoluteUrl("/policies/" + policy.Slug)}";

    private string Footer(PolicySubscription subscription) => $"退订此订阅：{tokens.Link(subscription)}";
}
