using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;
using Portal.Core;

namespace Portal.Modules.Policies.Subscriptions;

/// <summary>
/// The unsubscribe link of every subscription mail: "{id}:{secret}" signed and encrypted with ASP.NET Data Protection,
/// so the public page needs no login and a forged or damaged token is simply not understood.
/// </summary>
internal sealed class UnsubscribeTokens(IDataProtectionProvider protection, IOptions<PortalOptions> portal)
{
    public const string Invalid = "退订链接无效或已损坏，请使用邮件中的完整链接，或登录后在“我的政策”中管理订阅。";

    public const string PagePath = "/policies/unsubscribe";

    private readonly IDataProtector protector = protection.CreateProtector("Portal.Modules.Policies.Unsubscribe");

    public string Link(PolicySubscription subscription) =>
        portal.Value.AbsoluteUrl(PagePath + "?token=" + Uri.EscapeDataString(
            protector.Protect(subscription.Id.ToString(CultureInfo.InvariantCulture) + ":" + subscription.UnsubscribeToken)));

    public (int Id, string Secret)? Read(string? token)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 1000)
        {
            return null;
        }

        string plain;
        try
        {
            plain = protector.Unprotect(token);
        }
        catch (CryptographicException)
        {
            return null;
        }
        catch (FormatException)
        {
            return null;
        }

        var parts = plain.Split(':', 2);
        return parts.Length == 2 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? (id, parts[1])
            : null;
    }
}
