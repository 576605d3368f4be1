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

    /// <summary>
    /// What a browser sends for the POST form on <paramref name="html"/> that posts to <paramref name="action"/> (when null:
    /// the first one without an action, which posts to the page itself): its text, hidden and checked inputs, the selected
    /// option of each select and its textareas, the antiforgery token included, without pressing any button.
    /// </summary>
    public static List<KeyValuePair<string, string>> ValuesOf(string html, string? action = null)
    {
        var form = Form().Matches(html).Select(m => m.Value)
            .FirstOrDefault(f => PostMethod().IsMatch(OpenTag(f)) && string.Equals(ActionOf(f), action, StringComparison.OrdinalIgnoreCase))
            ?? throw new Xunit.Sdk.XunitException($"No POST form with action {action ?? "(none)"} on the page.");
        var values = new List<KeyValuePair<string, string>>();
        foreach (Match field in Field().Matches(form))
        {
            var tag = field.Groups["open"].Value;
            if (Attribute(tag, "name") is not { } name)
            {
                continue;
            }

            switch (field.Groups["kind"].Value.ToLowerInvariant())
            {
                case "textarea":
                    values.Add(new(name, WebUtility.HtmlDecode(LeadingNewLine().Replace(field.Groups["inner"].Value, ""))));
                    break;
                case "select":
                    var options = OptionTag().Matches(field.Groups["inner"].Value).Select(o => o.Value).ToList();
                    var chosen = options.FirstOrDefault(o => Checked("selected").IsMatch(o)) ?? options.FirstOrDefault();
                    if (chosen is not null)
                    {
                        values.Add(new(name, Attribute(chosen, "value") ?? ""));
                    }

                    break;
                default:
                    var type = Attribute(tag, "type")?.ToLowerInvariant() ?? "text";
                    if (type is "submit" or "button" or "file" or "reset" or "image" || (type is "checkbox" or "radio" && !Checked("checked").IsMatch(tag)))
                    {
                        continue;
                    }

                    values.Add(new(name, Attribute(tag, "value") ?? (type is "checkbox" or "radio" ? "on" : "")));
                    break;
            }
        }

        return values;
    }

    /// <summary>
    /// GETs <paramref name="formPage"/> and submits its form posting to <paramref name="action"/> as a browser would
    /// (<see cref="ValuesOf"/>), with <paramref name="set"/> replacing or adding fields (the button pressed, a changed value).
    /// </summary>
    public static async Task<HttpResponseMessage> SubmitAsync(
        HttpClient client, string formPage, string? action = null, IReadOnlyDictionary<string, string>? set = null)
    {
        var values = ValuesOf(await client.GetStringAsync(formPage), action);
        foreach (var (key, value) in set ?? new Dictionary<string, string>())
        {
            values.RemoveAll(v => v.Key == key);
            values.Add(new(key, value));
        }

        return await client.PostAsync(action ?? formPage, new FormUrlEncodedContent(values));
    }

    private static string OpenTag(string form) => form[..(form.IndexOf('>', StringComparison.Ordinal) + 1)];

    private static string? Attribute(string tag, string name) =>
        Regex.Match(tag, $"\\s{name}=\"([^\"]*)\"", RegexOptions.IgnoreCase) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : null;

    private static Regex Checked(string name) => new($"\\s{name}(?:=\"[^\"]*\")?[\\s/>]", RegexOptions.IgnoreCase);

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

    [GeneratedRegex("<(?<kind>input)\\b(?<open>[^>]*>)|<(?<kind>select|textarea)\\b(?<open>[^>]*>)(?<inner>[\\s\\S]*?)</\\k<kind>>", RegexOptions.IgnoreCase)]
    private static partial Regex Field();

    [GeneratedRegex("<option\\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex OptionTag();

    [GeneratedRegex("^\\r?\\n")]
    private static partial Regex LeadingNewLine();

    [GeneratedRegex("^<form\\b[^>]*\\bmethod=\"post\"", RegexOptions.IgnoreCase)]
    private static partial Regex PostMethod();

    [GeneratedRegex("^<form\\b[^>]*\\baction=\"([^\"]*)\"", RegexOptions.IgnoreCase)]
    private static partial Regex ActionAttribute();
}
