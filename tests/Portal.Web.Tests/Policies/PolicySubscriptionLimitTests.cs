using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Security;
using Portal.Modules.Policies.Subscriptions;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests.Policies;

/// <summary>Past 20 followed filters the follow form is refused, in the reader's language with the number filled in, and nothing is saved.</summary>
[Collection(WebCollection.Name)]
public sealed class PolicySubscriptionLimitTests(PortalFactory factory)
{
    private const string Manage = "/my/policies/subscriptions";

    [Fact]
    public async Task Following_past_the_limit_is_refused_in_English_and_saves_nothing()
    {
        var userId = await TestUsers.WithUsersAsync(factory, async users => (await users.FindByEmailAsync(Accounts.DemoEmail(PortalRoles.Enterprise)))!.Id);
        await WithSubscriptionsAsync(async s =>
        {
            for (var i = 0; (await s.ListAsync(userId)).Count < SubscriptionService.MaxPerUser; i++)
            {
                Assert.Null(await s.FollowAsync(userId, "q=" + Uri.EscapeDataString($"限额{i}"), DeliveryFrequency.Daily));
            }
        });
        try
        {
            using var enterprise = await Accounts.ClientAsync(factory, PortalRoles.Enterprise);
            var before = await DatabaseSnapshot.TakeAsync(factory);
            var refused = await Forms.PostAnywayAsync(
                enterprise, "/policies?segment=garment&culture=en", [new("filter", "segment=garment"), new("frequency", "Daily"), new("name", "")],
                Manage + "?handler=Follow&culture=en");
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            var html = await refused.Content.ReadAsStringAsync();
            Assert.Contains("You can follow at most 20 filters.", html);
            Assert.DoesNotContain("最多可订阅", html);
            Assert.Equal(before, await DatabaseSnapshot.TakeAsync(factory));
        }
        finally
        {
            await WithSubscriptionsAsync(async s =>
            {
                foreach (var subscription in await s.ListAsync(userId))
                {
                    await s.DeleteAsync(userId, subscription.Id);
                }
            });
        }
    }

    private async Task WithSubscriptionsAsync(Func<SubscriptionService, Task> work)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await work(scope.ServiceProvider.GetRequiredService<SubscriptionService>());
    }
}
