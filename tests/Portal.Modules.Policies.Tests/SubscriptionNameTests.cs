using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core;
using Portal.Core.Data;
using Portal.Modules.Policies.Subscriptions;

namespace Portal.Modules.Policies.Tests;

/// <summary>
/// A subscription's name: optional when following (blank: the filter in words), renamed later, at most 40 characters
/// (longer is refused and changes nothing), and the subject and heading of its mails.
/// </summary>
public sealed class SubscriptionNameTests
{
    private const string Garment = "segment=garment";

    [Fact]
    public async Task The_name_is_the_subject_and_heading_of_the_mail_and_blank_means_the_filter_in_words()
    {
        await using var h = await PoliciesHarness.CreateAsync();
        var users = await h.Kernel.AddEnterprisesAsync(2);
        Assert.Null(await FollowAsync(h, users[0].UserId, "  我的针纺补贴\t "));
        Assert.Null(await FollowAsync(h, users[1].UserId, "   "));
        Assert.Equal("我的针纺补贴", (await ListAsync(h, users[0].UserId)).Single().Name);
        Assert.Null((await ListAsync(h, users[1].UserId)).Single().Name);

        var policy = await h.PublishedAsync(PoliciesHarness.Sample());
        var mails = await OutboxAsync(h);
        var named = Assert.Single(mails, m => m.Subject.StartsWith("我的针纺补贴：", StringComparison.Ordinal));
        Assert.Equal("我的针纺补贴：" + policy.Title, named.Subject);
        Assert.StartsWith("【我的针纺补贴】", named.Body);
        Assert.Contains("（行业：制衣）", named.Body);
        var unnamed = Assert.Single(mails, m => m != named);
        Assert.Equal("行业：制衣：" + policy.Title, unnamed.Subject);
        Assert.StartsWith("【行业：制衣】", unnamed.Body);
    }

    [Fact]
    public async Task A_name_too_long_is_refused_and_nothing_is_saved()
    {
        await using var h = await PoliciesHarness.CreateAsync();
        var user = (await h.Kernel.AddEnterprisesAsync(1)).Single();
        var refusal = await FollowAsync(h, user.UserId, new string('纺', PolicySubscription.MaxNameLength + 1));
        Assert.Equal(Refusal.Form(SubscriptionNames.TooLong, PolicySubscription.MaxNameLength).Message, refusal?.Message);
        Assert.Equal([PolicySubscription.MaxNameLength], refusal!.Args!);
        Assert.Empty(await ListAsync(h, user.UserId));
        Assert.Null(await FollowAsync(h, user.UserId, new string('纺', PolicySubscription.MaxNameLength)));
    }

    [Fact]
    public async Task Renaming_changes_only_ones_own_subscription_and_blank_restores_the_default()
    {
        await using var h = await PoliciesHarness.CreateAsync();
        var users = await h.Kernel.AddEnterprisesAsync(2);
        Assert.Null(await FollowAsync(h, users[0].UserId, "旧名称"));
        var id = (await ListAsync(h, users[0].UserId)).Single().Id;

        Assert.Null(await RenameAsync(h, users[0].UserId, id, " 新名称 "));
        Assert.Equal("新名称", await NameAsync(h, users[0].UserId));

        Assert.Equal(SubscriptionNames.TooLong, (await RenameAsync(h, users[0].UserId, id, new string('x', 41)))?.Message);
        Assert.Equal(SubscriptionService.NotFound, (await RenameAsync(h, users[1].UserId, id, "别人的"))?.Message);
        Assert.Equal(SubscriptionService.NotFound, (await RenameAsync(h, users[0].UserId, id + 1000, "不存在"))?.Message);
        Assert.Equal("新名称", await NameAsync(h, users[0].UserId));

        Assert.Null(await RenameAsync(h, users[0].UserId, id, " \u0007 "));
        Assert.Null(await NameAsync(h, users[0].UserId));

        Assert.Null(await FollowAsync(h, users[0].UserId, "再次订阅")); // following the same filter again names it
        Assert.Equal("再次订阅", await NameAsync(h, users[0].UserId));
        Assert.Null(await FollowAsync(h, users[0].UserId, ""));
        Assert.Equal("再次订阅", await NameAsync(h, users[0].UserId)); // and without a name keeps it
    }

    private static Task<Refusal?> FollowAsync(PoliciesHarness h, string userId, string? name) =>
        h.Kernel.WithAsync<SubscriptionService, Refusal?>(s => s.FollowAsync(userId, Garment, DeliveryFrequency.Immediate, name));

    private static Task<Refusal?> RenameAsync(PoliciesHarness h, string userId, int id, string? name) =>
        h.Kernel.WithAsync<SubscriptionService, Refusal?>(s => s.RenameAsync(userId, id, name));

    private static Task<IReadOnlyList<SubscriptionView>> ListAsync(PoliciesHarness h, string userId) =>
        h.Kernel.WithAsync<SubscriptionService, IReadOnlyList<SubscriptionView>>(s => s.ListAsync(userId));

    private static async Task<string?> NameAsync(PoliciesHarness h, string userId) => (await ListAsync(h, userId)).Single().Name;

    private static Task<List<Portal.Core.Notifications.OutboxEmail>> OutboxAsync(PoliciesHarness h) =>
        h.Kernel.InScopeAsync(sp => sp.GetRequiredService<CoreDbContext>().OutboxEmails.AsNoTracking().ToListAsync());
}
