using Microsoft.Extensions.Options;
using Portal.Core;
using Portal.Core.Notifications;
using Portal.Modules.Policies.Domain;
using Portal.Modules.Policies.Search;

namespace Portal.Modules.Policies.Subscriptions;

/// <summary>The texts of the subscription notices: one policy at once, or a digest of several; every one with its unsubscribe link.</summary>
internal sealed class SubscriptionMail(UnsubscribeTokens tokens, IOptions<PortalOptions> portal)
{
    public Notice Immediate(PolicySubscription subscription, Policy policy, string dedupeKey) => new(
        subscription.UserId,
        $"订阅的政策有更新：{policy.Title}",
        $"您订阅的政策筛选（{FilterLabels.Describe(subscription.Filter)}）有一条新发布或重大变更的政策：\n\n{Line(policy)}\n\n{Footer(subscription)}",
        "/policies/" + policy.Slug,
        dedupeKey);

    public Notice Digest(PolicySubscription subscription, IReadOnlyList<Policy> policies, string dedupeKey) => new(
        subscription.UserId,
        $"政策订阅每日摘要：{policies.Count} 条政策",
        $"您订阅的政策筛选（{FilterLabels.Describe(subscription.Filter)}）有 {policies.Count} 条新发布或重大变更的政策：\n\n{string.Join("\n\n", policies.Select(Line))}\n\n{Footer(subscription)}",
        "/policies?" + subscription.Filter,
        dedupeKey);

    private string Line(Policy policy) => $"· {policy.Title}（{policy.DocumentNumber}）\n  {portal.Value.AbsoluteUrl("/policies/" + policy.Slug)}";

    private string Footer(PolicySubscription subscription) => $"退订此订阅：{tokens.Link(subscription)}";
}
