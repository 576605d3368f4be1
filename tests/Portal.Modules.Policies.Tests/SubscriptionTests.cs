using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Core.Enterprises;
using Portal.Core.Events;
using Portal.Core.Notifications;
using Portal.Modules.Policies.Domain;
using Portal.Modules.Policies.Jobs;
using Portal.Modules.Policies.Subscriptions;

namespace Portal.Modules.Policies.Tests;

/// <summary>
/// Subscriptions to a saved finder filter: a publication notifies each matching immediate subscriber once (inbox + email),
/// nobody else; a repeated event or a rerun sends nothing again; a major change is announced again; daily subscribers get
/// one digest with every pending policy, once; an unsubscribe link (signed token) stops further mail, a forged one is refused.
/// </summary>
public sealed class SubscriptionTests
{
    private const string Garment = "segment=garment";

    [Fact]
    public async Task A_publication_notifies_each_matching_immediate_subscriber_once()
    {
        await using var h = await PoliciesHarness.CreateAsync();
        var users = await h.Kernel.AddEnterprisesAsync(3);
        await FollowAsync(h, users[0].UserId, Garment, DeliveryFrequency.Immediate);
        await FollowAsync(h, users[1].UserId, "segment=dyeing", DeliveryFrequency.Immediate);
        await FollowAsync(h, users[2].UserId, Garment, DeliveryFrequency.Daily);

        var policy = await h.PublishedAsync(PoliciesHarness.Sample() with { TargetSegments = [Segment.Garment] });
        await h.Kernel.InScopeAsync(sp => sp.GetRequiredService<IEventBus>().PublishAsync(new PolicyPublished(policy.Id, false)));

        var (inbox, outbox) = await MailAsync(h);
        Assert.Equal([users[0].UserId], inbox.Select(m => m.UserId));
        Assert.Single(outbox);
        Assert.Contains(policy.Title, outbox[0].Subject);
        Assert.Contains("（行业：制衣）", outbox[0].Body); // the filter in words, not its query string
        Assert.DoesNotContain(Garment, outbox[0].Body);
        Assert.Contains("/policies/unsubscribe?token=", outbox[0].Body);
        var pending = await h.WithDbAsync(db => db.Deliveries.AsNoTracking().CountAsync(d => d.SentAt == null));
        Assert.Equal(1, pending); // the daily subscriber's row, waiting for the digest

        var current = await h.LoadAsync(policy.Id);
        var major = PolicyInput.From(current) with { MaxAmountWan = 80 };
        Assert.Null(await h.WithPoliciesAsync(s => s.UpdateAsync(policy.Id, current.ConcurrencyToken, major, "提高补贴上限", true, PoliciesHarness.Staff)));
        (inbox, _) = await MailAsync(h);
        Assert.Equal(2, inbox.Count(m => m.UserId == users[0].UserId));
        Assert.Equal(2, inbox.Count);
    }

    [Fact]
    public async Task The_daily_digest_collects_pending_policies_into_one_mail_once()
    {
        await using var h = await PoliciesHarness.CreateAsync();
        var user = (await h.Kernel.AddEnterprisesAsync(1)).Single();
        await FollowAsync(h, user.UserId, "q=补贴", DeliveryFrequency.Daily);
        await h.PublishedAsync(PoliciesHarness.Sample("针纺企业智能装备购置补贴"));
        await h.PublishedAsync(PoliciesHarness.Sample("技改设备贷款贴息补贴") with { Slug = "tiexi" });
        await h.PublishedAsync(PoliciesHarness.Sample("品牌培育奖励") with { Slug = "brand", BodyMarkdown = "品牌" });
        Assert.Empty((await MailAsync(h)).Outbox);

        Assert.Equal(1, await DigestAsync(h));
        Assert.Equal(0, await DigestAsync(h));

        var (inbox, outbox) = await MailAsync(h);
        Assert.Single(inbox);
        var mail = Assert.Single(outbox);
        Assert.Contains("针纺企业智能装备购置补贴", mail.Body);
        Assert.Contains("技改设备贷款贴息补贴", mail.Body);
        Assert.DoesNotContain("品牌培育奖励", mail.Body);
        Assert.Contains("（关键词：补贴）", mail.Body);
        Assert.Contains("/policies/unsubscribe?token=", mail.Body);
    }

    [Fact]
    public async Task Unsubscribing_by_the_mailed_link_stops_further_mail_and_a_forged_token_is_refused()
    {
        await using var h = await PoliciesHarness.CreateAsync();
        var user = (await h.Kernel.AddEnterprisesAsync(1)).Single();
        await FollowAsync(h, user.UserId, Garment, DeliveryFrequency.Immediate);
        await h.PublishedAsync(PoliciesHarness.Sample());
        var token = TokenIn((await MailAsync(h)).Outbox.Single().Body);

        Assert.Equal(UnsubscribeTokens.Invalid, await h.Kernel.WithAsync<SubscriptionService, string?>(s => s.UnsubscribeAsync(token[..^4] + "AAAA")));
        Assert.Equal(UnsubscribeTokens.Invalid, await h.Kernel.WithAsync<SubscriptionService, string?>(s => s.UnsubscribeAsync("forged")));
        Assert.Null(await h.Kernel.WithAsync<SubscriptionService, string?>(s => s.UnsubscribeAsync(token)));
        Assert.Null(await h.Kernel.WithAsync<SubscriptionService, string?>(s => s.UnsubscribeAsync(token))); // twice is fine
        Assert.Empty(await h.Kernel.WithAsync<SubscriptionService, IReadOnlyList<SubscriptionView>>(s => s.ListAsync(user.UserId)));

        await h.PublishedAsync(PoliciesHarness.Sample("另一条针纺政策") with { Slug = "another" });
        Assert.Single((await MailAsync(h)).Outbox);
    }

    [Fact]
    public async Task A_filter_that_is_empty_or_junk_is_refused_and_delete_only_touches_own_subscriptions()
    {
        await using var h = await PoliciesHarness.CreateAsync();
        var users = await h.Kernel.AddEnterprisesAsync(2);
        Assert.NotNull(await h.Kernel.WithAsync<SubscriptionService, Portal.Core.Refusal?>(s => s.FollowAsync(users[0].UserId, "", DeliveryFrequency.Daily)));
        Assert.NotNull(await h.Kernel.WithAsync<SubscriptionService, Portal.Core.Refusal?>(s => s.FollowAsync(users[0].UserId, "level=nonsense", DeliveryFrequency.Daily)));
        await FollowAsync(h, users[0].UserId, "level=district&page=3&sort=deadline", DeliveryFrequency.Daily);
        var mine = Assert.Single(await h.Kernel.WithAsync<SubscriptionService, IReadOnlyList<SubscriptionView>>(s => s.ListAsync(users[0].UserId)));
        Assert.Equal("level=district", mine.Filter);

        Assert.False(await h.Kernel.WithAsync<SubscriptionService, bool>(s => s.DeleteAsync(users[1].UserId, mine.Id)));
        Assert.True(await h.Kernel.WithAsync<SubscriptionService, bool>(s => s.DeleteAsync(users[0].UserId, mine.Id)));
        Assert.Empty(await h.Kernel.WithAsync<SubscriptionService, IReadOnlyList<SubscriptionView>>(s => s.ListAsync(users[0].UserId)));
    }

    [Fact]
    public async Task Past_the_limit_following_is_refused_with_the_number_as_an_argument_in_either_language()
    {
        await using var h = await PoliciesHarness.CreateAsync();
        var user = (await h.Kernel.AddEnterprisesAsync(1)).Single();
        for (var i = 0; i < SubscriptionService.MaxPerUser; i++)
        {
            await FollowAsync(h, user.UserId, "q=" + Uri.EscapeDataString($"关键词{i}"), DeliveryFrequency.Daily);
        }

        var refusal = await h.Kernel.WithAsync<SubscriptionService, Portal.Core.Refusal?>(s => s.FollowAsync(user.UserId, Garment, DeliveryFrequency.Daily));
        Assert.Equal(SubscriptionService.TooMany, refusal?.Message);
        var l = Texts.Localizer();
        Assert.Equal("You can follow at most 20 filters.", Texts.In("en", () => l[refusal!.Message, refusal.Args!].Value));
        Assert.Equal("最多可订阅 20 个筛选条件。", Texts.In("zh-CN", () => l[refusal!.Message, refusal.Args!].Value));
        Assert.Equal(SubscriptionService.MaxPerUser, (await h.Kernel.WithAsync<SubscriptionService, IReadOnlyList<SubscriptionView>>(s => s.ListAsync(user.UserId))).Count);
        await FollowAsync(h, user.UserId, "q=" + Uri.EscapeDataString("关键词0"), DeliveryFrequency.Immediate); // one already followed may still change
    }

    private static async Task FollowAsync(PoliciesHarness h, string userId, string filter, DeliveryFrequency frequency) =>
        Assert.Null(await h.Kernel.WithAsync<SubscriptionService, Portal.Core.Refusal?>(s => s.FollowAsync(userId, filter, frequency)));

    private static Task<int> DigestAsync(PoliciesHarness h) => h.Kernel.WithAsync<SendSubscriptionDigests, int>(job => job.RunAsync());

    private static Task<(List<InboxMessage> Inbox, List<OutboxEmail> Outbox)> MailAsync(PoliciesHarness h) => h.Kernel.InScopeAsync(async sp =>
    {
        var core = sp.GetRequiredService<CoreDbContext>();
        return (await core.InboxMessages.AsNoTracking().ToListAsync(), await core.OutboxEmails.AsNoTracking().ToListAsync());
    });

    private static string TokenIn(string body) =>
        Uri.UnescapeDataString(Regex.Match(body, @"unsubscribe\?token=(\S+)").Groups[1].Value);
}
