using QRCoder;

namespace Portal.Modules.Expo.Exhibitors;

/// <summary>
/// The QR code on a confirmation: the staff check-in page's address with the secret code, so a phone's camera
/// opens it filled in; a hand scanner or a person types the code itself. A PNG, because QRCoder's SVG carries
/// inline styles the CSP forbids.
/// </summary>
internal static class CheckInCodes
{
    public const string CheckInPath = "/admin/expo/check-in";

    public static string Link(string code, Func<string, string> absoluteUrl) =>
        absoluteUrl($"{CheckInPath}?code={Uri.EscapeDataString(code)}");

    public static string QrDataUri(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        return "data:image/png;base64," + Convert.ToBase64String(new PngByteQRCode(data).GetGraphic(6));
    }

    /// <summary>What staff typed or scanned: the bare code, or the link with <c>code=</c>.</summary>
    public static string? Normalize(string? input)
    {
        var text = input?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var at = text.IndexOf("code=", StringComparison.OrdinalIgnoreCase);
        if (at >= 0)
        {
            text = Uri.UnescapeDataString(text[(at + 5)..].Split('&', '#')[0]);
        }

        return text.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal).ToUpperInvariant();
    }
}
