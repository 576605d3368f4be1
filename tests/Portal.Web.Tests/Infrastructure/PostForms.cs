using System.Net;
using System.Text.RegularExpressions;

namespace Portal.Web.Tests.Infrastructure;

/// <summary>A POST form found on a page: where it posts and the names of its fields (the antiforgery token left out).</summary>
public sealed record PostForm(string? Action, IReadOnlyList<string> Fields);

public static partial class PostForms
{
    public static IEnumerable<PostForm> In(string html) =>
        FormElement().Matches(html)
            .Where(m => PostMethod().IsMatch(m.Groups["open"].Value))
            .Select(m => new PostForm(
                ActionAttribute().Match(m.Groups["open"].Value) is { Success: true } a ? WebUtility.HtmlDecode(a.Groups[1].Value) : null,
                FieldName().Matches(m.Value).Select(f => WebUtility.HtmlDecode(f.Groups[1].Value))
                    .Where(n => n != Forms.TokenField).Distinct().ToList()));

    [GeneratedRegex("(?<open><form\\b[^>]*>)[\\s\\S]*?</form>", RegexOptions.IgnoreCase)]
    private static partial Regex FormElement();

    [GeneratedRegex("\\bmethod=\"post\"", RegexOptions.IgnoreCase)]
    private static partial Regex PostMethod();

    [GeneratedRegex("\\baction=\"([^\"]*)\"", RegexOptions.IgnoreCase)]
    private static partial Regex ActionAttribute();

    [GeneratedRegex("<(?:input|select|textarea)\\b[^>]*\\bname=\"([^\"]+)\"", RegexOptions.IgnoreCase)]
    private static partial Regex FieldName();
}
