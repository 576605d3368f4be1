using System.Net;
using MimeKit;
using Portal.Core.Security;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests.Policies;

/// <summary>
/// The unsubscribe link of a real subscription mail (delivered over the loopback SMTP server) on the real host, without
/// login: GET asks for confirmation, POST ends the subscription, a second POST is harmless, and a policy published
/// afterwards mails the subscriber only for the subscription it kept. A tampered token gets a clear message and removes nothing.
/// </summary>
[Collection(PolicyWritesCollection.Name)]
public sealed class UnsubscribeTests(PolicyWritesFactory factory)
{
    private const string Page = "/policies/unsubscribe";
    private const string Manage = "/my/policies/subscriptions";

    [Fact]
    public async Task A_valid_link_asks_then_unsubscribes_once_and_no_further_mail_comes_for_it()
    {
        var (enterprise, email) = await SubscriberAsync("退订核对");
        using var _ = enterprise;
        await FollowAsync(enterprise, "退订核对", "segment=garment", "保留乙");
        await PublishAsync("针纺退订核对政策一");
        var link = LinkIn(Single(email, "退订甲：针纺退订核对政策一"));

        using var visitor = factory.CreatePortalClient();
        var confirm = await visitor.GetStringAsync(link);
        Assert.Contains("确认退订</button>", confirm);
        Assert.Contains("退订甲", confirm);
        Assert.Contains("关键词：退订核对", confirm);

        var done = await Forms.SubmitAsync(visitor, link);
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        Assert.Contains("data-testid=\"unsubscribed\"", await done.Content.ReadAsStringAsync());
        var kept = await enterprise.GetStringAsync(Manage);
        Assert.DoesNotContain("退订甲", kept);
        Assert.Contains("value=\"保留乙\"", kept);

        var before = await DatabaseSnapshot.TakeAsync(factory);
        var again = await Forms.PostAnywayAsync(visitor, Page, [new("token", Token(link))], Page);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var html = await again.Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"unsubscribed\"", html);
        Assert.DoesNotContain("unsubscribe-error", html);
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(factory));
        Assert.Contains("data-testid=\"unsubscribed\"", await visitor.GetStringAsync(link)); // the link now says it is done

        await PublishAsync("针纺退订核对政策二");
        var mails = factory.Smtp.Messages.Where(m => Outbox.IsTo(m, email) && (m.Subject ?? "").Contains("政策二", StringComparison.Ordinal));
        Assert.Equal(["保留乙：针纺退订核对政策二"], mails.Select(m => m.Subject)); // the kept subscription still mails; the ended one does not
    }

    [Fact]
    public async Task A_tampered_link_gets_a_clear_message_and_removes_nothing()
    {
        var (enterprise, email) = await SubscriberAsync("篡改核对");
        using var _ = enterprise;
        await PublishAsync("针纺篡改核对政策");
        var link = LinkIn(Single(email, "退订甲：针纺篡改核对政策"));
        var token = Token(link);
        using var visitor = factory.CreatePortalClient();

        foreach (var tampered in new[] { token[..^6] + (token[^6] == 'A' ? 'B' : 'A') + token[^5..], token[..^10], token + "A" })
        {
            var before = await DatabaseSnapshot.TakeAsync(factory);
            var page = await visitor.GetStringAsync(Page + "?token=" + Uri.EscapeDataString(tampered));
            Assert.Contains("退订链接无效或已损坏", page);
            Assert.DoesNotContain("确认退订</button>", page);
            var posted = await Forms.PostAnywayAsync(visitor, Page, [new("token", tampered)], Page);
            Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
            Assert.Contains("退订链接无效或已损坏", await posted.Content.ReadAsStringAsync());
            Assert.Equal(before, await DatabaseSnapshot.TakeAsync(factory));
        }

        Assert.Contains("value=\"退订甲\"", await enterprise.GetStringAsync(Manage));
        Assert.Contains("确认退订</button>", await visitor.GetStringAsync(link)); // the real link still works
    }

    /// <summary>A newly registered, verified enterprise following the keyword <paramref name="word"/> at once, named 退订甲.</summary>
    private async Task<(HttpClient Enterprise, string Email)> SubscriberAsync(string word)
    {
        var registration = Registrations.New();
        var enterprise = await Registrations.ConfirmedAsync(factory, registration);
        using var staff = await Accounts.ClientAsync(factory, PortalRoles.Staff);
        Assert.Equal(HttpStatusCode.Redirect, (await Registrations.VerifyAsync(staff, await Registrations.EnterpriseIdAsync(factory, registration.Email))).StatusCode);
        await FollowAsync(enterprise, word, null, "退订甲");
        return (enterprise, registration.Email);
    }

    private static async Task FollowAsync(HttpClient enterprise, string word, string? more, string name)
    {
        var filtered = "/policies?q=" + Uri.EscapeDataString(word) + (more is null ? "" : "&" + more);
        var followed = await Forms.SubmitAsync(enterprise, filtered, Manage + "?handler=Follow", new Dictionary<string, string> { ["name"] = name });
        Assert.Equal(HttpStatusCode.Redirect, followed.StatusCode);
    }

    /// <summary>Staff publish a 制衣 policy titled <paramref name="title"/>, then the outbox job delivers what it queued.</summary>
    private async Task PublishAsync(string title)
    {
        using var staff = await Accounts.ClientAsync(factory, PortalRoles.Staff);
        var published = await Forms.PostAsync(staff, "/admin/policies/edit", PoliciesAdminTests.Fields(title, intent: "publish"));
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        await Outbox.DispatchAsync(factory);
    }

    /// <summary>The one mail the SMTP server received for <paramref name="email"/> with <paramref name="subject"/>.</summary>
    private MimeMessage Single(string email, string subject) => Assert.Single(factory.Smtp.Messages, m => Outbox.IsTo(m, email) && m.Subject == subject);

    private static string LinkIn(MimeMessage mail) => Outbox.LinkTo(mail, Page);

    private static string Token(string link) => Uri.UnescapeDataString(link[(link.IndexOf("token=", StringComparison.Ordinal) + 6)..]);
}
