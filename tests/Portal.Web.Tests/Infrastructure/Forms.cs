using System.Net;
using System.Text.RegularExpressions;

namespace Portal.Web.Tests.Infrastructure;

/// <summary>Posts forms the way a browser does: GET the page, take the antiforgery token from its form, POST with the cookies.</summary>
public static partial class Forms
{
    public const string TokenField = "__RequestVerificationToken";

    /// <summary>The antiforgery token of the first form on <paramref name="html"/> that posts to <paramref name="action"/> (any form when null).</summary>
    public static string? TokenFrom(string html, string? action = null)
    {
        foreach (Match form in Form().Matches(html))
        {
            if (action is not null && !string.Equals(ActionOf(form.Value), action, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var input = TokenInput().Match(form.Value);
            if (input.Success && Value().Match(input.Value) is { Success: true } value)
            {
                return WebUtility.HtmlDecode(value.Groups[1].Value);
            }
        }

        return null;
    }

    /// <summary>GETs <paramref name="formPage"/>, then POSTs <paramref name="fields"/> and its token to <paramref name="action"/> (the page itself by default).</summary>
    public static async Task<HttpResponseMessage> PostAsync(
        HttpClient client, string formPage, IEnumerable<KeyValuePair<string, string>> fields, string? action = null)
    {
        var page = await client.GetAsync(formPage);
        var html = await page.Content.ReadAsStringAsync();
        var target = action ?? formPage;
        var token = TokenFrom(html, action is null ? null : target)
            ?? throw new Xunit.Sdk.XunitException(
                $"GET {formPage} answered {(int)page.StatusCode} with no form posting to {target} that carries {TokenField}.");
        var content = new FormUrlEncodedContent(fields.Append(new KeyValuePair<string, string>(TokenField, token)));
        return await client.PostAsync(target, content);
    }

    /// <summary>
    /// POSTs to <paramref name="action"/> with the token of any form on <paramref name="formPage"/>: what a
    /// stale page, a double click or a crafted request sends when the page no longer offers that form.
    /// </summary>
    public static async Task<HttpResponseMessage> PostAnywayAsync(
        HttpClient client, string formPage, IEnumerable<KeyValuePair<string, string>> fields, string action)
    {
        var html = await client.GetStringAsync(formPage);
        var token = TokenFrom(html) ?? throw new Xunit.Sdk.XunitException($"GET {formPage} has no form with {TokenField}.");
        return await client.PostAsync(action, new FormUrlEncodedContent(fields.Append(new KeyValuePair<string, string>(TokenField, token))));
    }

    private static string? ActionOf(string form)
    {
        var match = ActionAttribute().Match(form);
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;
    }

    [GeneratedRegex("<form\\b[\\s\\S]*?</form>", RegexOptions.IgnoreCase)]
    private static partial Regex Form();

    [GeneratedRegex("<input\\b[^>]*name=\"__RequestVerificationToken\"[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex TokenInput();

    [GeneratedRegex("value=\"([^\"]*)\"", RegexOptions.IgnoreCase)]
    private static partial Regex Value();

    [GeneratedRegex("^<form\\b[^>]*\\baction=\"([^\"]*)\"", RegexOptions.IgnoreCase)]
    private static partial Regex ActionAttribute();
}
