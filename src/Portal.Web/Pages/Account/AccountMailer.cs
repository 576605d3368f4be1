using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Portal.Core;
using Portal.Core.Data;
using Portal.Core.Identity;
using Portal.Core.Notifications;

namespace Portal.Web.Pages.Account;

/// <summary>The account emails (confirm the address, reset the password), with absolute links built from Portal:PublicUrl.</summary>
public sealed class AccountMailer(
    UserManager<PortalUser> users,
    INotificationService notifications,
    CoreDbContext db,
    IOptions<PortalOptions> portal,
    IStringLocalizer<SharedResource> l)
{
    public async Task SendConfirmationAsync(PortalUser user, CancellationToken cancellationToken = default)
    {
        var code = Encode(await users.GenerateEmailConfirmationTokenAsync(user));
        var link = Link($"/account/confirm-email?userId={Uri.EscapeDataString(user.Id)}&code={code}");
        var prefix = $"core:confirm-email:{user.Id}:";
        var n = await db.OutboxEmails.CountAsync(e => e.DedupeKey.StartsWith(prefix), cancellationToken) + 1;
        var body = Body(
            l["{0}，您好：", user.DisplayName].Value,
            l["感谢注册{0}。请打开下面的链接确认您的邮箱：", SiteName].Value,
            link,
            l["如果这不是您本人的操作，请忽略本邮件。"].Value);
        await notifications.EnqueueEmailAsync(new Email(user.Email!, l["请确认您的邮箱"].Value, body, prefix + n), cancellationToken);
    }

    public async Task SendPasswordResetAsync(PortalUser user, CancellationToken cancellationToken = default)
    {
        var code = Encode(await users.GeneratePasswordResetTokenAsync(user));
        var link = Link($"/account/reset-password?email={Uri.EscapeDataString(user.Email!)}&code={code}");
        var body = Body(
            l["{0}，您好：", user.DisplayName].Value,
            l["有人申请重置您在{0}的密码。如果是您本人，请打开下面的链接设置新密码：", SiteName].Value,
            link,
            l["如果不是您本人的操作，请忽略本邮件，您的密码不会改变。"].Value);
        await notifications.EnqueueEmailAsync(
            new Email(user.Email!, l["重置密码"].Value, body, $"core:reset-password:{user.Id}:{Guid.NewGuid():N}"), cancellationToken);
    }

    /// <summary>Decodes a code from a link; null when it is not valid Base64Url.</summary>
    public static string? Decode(string? code)
    {
        if (string.IsNullOrEmpty(code))
        {
            return null;
        }

        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static string Body(params string[] paragraphs) => string.Join("\n\n", paragraphs);

    private static string Encode(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));

    private string SiteName => l[portal.Value.SiteName].Value;

    private string Link(string path) => portal.Value.AbsoluteUrl(path);
}
