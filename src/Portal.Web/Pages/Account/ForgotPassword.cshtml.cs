using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Portal.Core;
using Portal.Core.Identity;
using Portal.Web.Hosting;

namespace Portal.Web.Pages.Account;

/// <summary>Sends a reset link to a confirmed address; the answer never tells whether the address exists.</summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.Auth)]
public sealed class ForgotPasswordModel(UserManager<PortalUser> users, AccountMailer mailer, IStringLocalizer<SharedResource> l)
    : EmailLinkPageModel(users)
{
    protected override string Answer => l["如果该邮箱已注册，我们已向它发送了重置密码的链接，请查收。"];

    protected override bool IsFor(PortalUser user) => user.EmailConfirmed;

    protected override Task SendAsync(PortalUser user, CancellationToken cancellationToken) => mailer.SendPasswordResetAsync(user, cancellationToken);
}
