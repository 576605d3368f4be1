using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Portal.Core;
using Portal.Core.Identity;
using Portal.Web.Hosting;

namespace Portal.Web.Pages.Account;

/// <summary>Sends the confirmation link again; the answer is the same whether the address exists or not.</summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.Auth)]
public sealed class ResendConfirmationModel(UserManager<PortalUser> users, AccountMailer mailer, IStringLocalizer<SharedResource> l)
    : EmailLinkPageModel(users)
{
    protected override string Answer => l["如果该邮箱已注册且尚未确认，我们已发送新的确认邮件，请查收。"];

    protected override bool IsFor(PortalUser user) => !user.EmailConfirmed;

    protected override Task SendAsync(PortalUser user, CancellationToken cancellationToken) => mailer.SendConfirmationAsync(user, cancellationToken);
}
