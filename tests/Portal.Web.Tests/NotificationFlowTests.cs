using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Portal.Core.Data;
using Portal.Core.Enterprises;
using Portal.Core.Security;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests;

/// <summary>
/// A new enterprise registers, confirms its address from the mail, staff verify it: the owner finds
/// exactly one inbox message, and the loopback SMTP server exactly one verification mail, however
/// often the outbox job runs.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class NotificationFlowTests(PortalFactory factory)
{
    private const string Verified = "企业认证已通过";

    [Fact]
    public async Task Verifying_a_new_enterprise_notifies_its_owner_once_in_the_inbox_and_once_by_mail()
    {
        // The confirmation mail arrives over SMTP; its link confirms the address so the owner can sign in.
        var registration = Registrations.New();
        using var owner = await Registrations.ConfirmedAsync(factory, registration);
        var (enterpriseId, ownerId) = await EnterpriseOfAsync(registration.Email);

        using var staff = await Accounts.ClientAsync(factory, PortalRoles.Staff);
        Assert.Equal(HttpStatusCode.Redirect, (await Registrations.VerifyAsync(staff, enterpriseId)).StatusCode);
        var details = $"/admin/enterprises/{enterpriseId}";

        // Verifying again (a stale page, a double click) is refused and notifies nobody.
        var again = await Forms.PostAnywayAsync(staff, details, [], details + "?handler=Verify");
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("该企业已经认证。", WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync()));

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CoreDbContext>();
            var inbox = await db.InboxMessages.Where(m => m.UserId == ownerId).ToListAsync();
            Assert.Equal(Verified, Assert.Single(inbox).Title);
            Assert.Equal(VerificationState.Verified, (await db.Enterprises.SingleAsync(e => e.Id == enterpriseId)).Verification);
        }

        Assert.Contains(Verified, WebUtility.HtmlDecode(await owner.GetStringAsync("/my/inbox")));

        await Outbox.DispatchAsync(factory);
        await Outbox.DispatchAsync(factory);
        var mails = MailsTo(registration.Email);
        Assert.Single(mails, m => m.Subject == Verified);
        Assert.Equal(2, mails.Count); // the confirmation and the verification, nothing twice
    }

    private List<MimeMessage> MailsTo(string address) => factory.Smtp.Messages.Where(m => Outbox.IsTo(m, address)).ToList();

    private async Task<(int EnterpriseId, string OwnerId)> EnterpriseOfAsync(string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CoreDbContext>();
        var enterprise = await db.Enterprises.SingleAsync(e => e.ContactEmail == email);
        Assert.Equal(VerificationState.Unverified, enterprise.Verification);
        return (enterprise.Id, enterprise.OwnerUserId!);
    }
}

/// <summary>Without an SMTP host the mail is an .eml file in the pickup directory, written once.</summary>
public sealed class PickupDirectoryMailTests(PickupMailPortalFactory factory) : IClassFixture<PickupMailPortalFactory>
{
    [Fact]
    public async Task Without_an_SMTP_host_mail_is_written_as_an_eml_file_once()
    {
        var registration = Registrations.New();
        using var client = factory.CreatePortalClient();
        Assert.Equal(HttpStatusCode.Redirect, (await Registrations.PostAsync(client, registration.Fields())).StatusCode);

        Assert.Equal(1, await Outbox.DispatchAsync(factory));
        Assert.Equal(0, await Outbox.DispatchAsync(factory));

        var files = Directory.GetFiles(factory.MailDirectory, "*.eml");
        var message = MimeMessage.Load(Assert.Single(files));
        Assert.True(Outbox.IsTo(message, registration.Email));
        Assert.Equal("请确认您的邮箱", message.Subject);
        Assert.Contains("/account/confirm-email?userId=", message.TextBody, StringComparison.Ordinal);
        Assert.Empty(factory.Smtp.Messages);
    }
}
