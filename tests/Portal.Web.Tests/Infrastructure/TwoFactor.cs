using System.Net;
using System.Text.RegularExpressions;

namespace Portal.Web.Tests.Infrastructure;

/// <summary>Turns on two-factor the way a person does: read the key from /my/two-factor, type the app's code.</summary>
public static partial class TwoFactor
{
    public const string Page = "/my/two-factor";

    public const string EnableAction = Page + "?handler=Enable";

    public static string SharedKey(string setUpPage) =>
        SharedKeyElement().Match(setUpPage) is { Success: true } m
            ? WebUtility.HtmlDecode(m.Groups[1].Value)
            : throw new Xunit.Sdk.XunitException("The two-factor page shows no shared key.");

    /// <summary>Turns two-factor on; returns the ten recovery codes the page shows once.</summary>
    public static async Task<IReadOnlyList<string>> EnableAsync(HttpClient client, string setUpPage)
    {
        var code = Totp.Code(SharedKey(setUpPage), DateTimeOffset.UtcNow);
        var response = await Forms.PostAsync(client, Page, new Dictionary<string, string> { ["Input.Code"] = code }, EnableAction);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.True(response.StatusCode == HttpStatusCode.OK && html.Contains("data-testid=\"recovery-codes\"", StringComparison.Ordinal),
            $"Enabling two-factor answered {(int)response.StatusCode}: {Html.FieldError(html, "Input.Code")}");
        var section = html[html.IndexOf("data-testid=\"recovery-codes\"", StringComparison.Ordinal)..];
        return [.. RecoveryCode().Matches(section[..section.IndexOf("</section>", StringComparison.Ordinal)]).Select(m => m.Groups[1].Value)];
    }

    [GeneratedRegex("<li><code>([^<]+)</code></li>")]
    private static partial Regex RecoveryCode();

    [GeneratedRegex("data-testid=\"shared-key\">([^<]*)<")]
    private static partial Regex SharedKeyElement();
}
