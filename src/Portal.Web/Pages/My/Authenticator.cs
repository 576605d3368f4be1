using System.Text;
using QRCoder;

namespace Portal.Web.Pages.My;

/// <summary>The authenticator app's set-up: the shared key in readable groups and the otpauth:// QR code as a PNG data URI.</summary>
public static class Authenticator
{
    public static string FormatKey(string key)
    {
        var result = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            result.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }

        return result.ToString().TrimEnd().ToLowerInvariant();
    }

    public static string Uri(string issuer, string account, string key) =>
        $"otpauth://totp/{System.Uri.EscapeDataString(issuer)}:{System.Uri.EscapeDataString(account)}"
        + $"?secret={key}&issuer={System.Uri.EscapeDataString(issuer)}&digits=6";

    /// <summary>A PNG, not SVG: the CSP forbids the inline style attributes QRCoder's SVG would carry.</summary>
    public static string QrCodeDataUri(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.Q);
        var png = new PngByteQRCode(data).GetGraphic(6);
        return "data:image/png;base64," + Convert.ToBase64String(png);
    }
}
