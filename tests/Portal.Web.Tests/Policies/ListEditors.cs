using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests.Policies;

/// <summary>What the staff tests of the resource and project editors share: creating through the form, the concurrency token, the XSS probe.</summary>
internal static partial class ListEditors
{
    public const string Xss = "<script>alert('x')</script><img src=x onerror=alert(1)>";

    /// <summary>Script, and attempts to leave an attribute value (double or single quoted) to start an element or add a handler; short enough for a unit's name.</summary>
    public const string Breakout = "<script>alert(1)</script>\"><img src=x onerror=alert(2)>' onfocus='alert(3)";

    /// <summary><see cref="Breakout"/> in Markdown: a heading, javascript: in a link and an image, and raw HTML (which the renderer keeps off).</summary>
    public const string MarkdownProbe = "## 小标题\n\n" + Breakout + "\n\n[点我](javascript:alert(2))\n\n![图](javascript:alert(5))\n\n<a href=\"javascript:alert(6)\">链接</a>";

    /// <summary>Posts a new item to <c>{list}/edit</c> and returns the id the redirect names.</summary>
    public static async Task<int> CreateAsync(HttpClient staff, string list, Dictionary<string, string> fields)
    {
        var response = await Forms.PostAsync(staff, list + "/edit", fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith(list + "/edit/", location, StringComparison.Ordinal);
        return int.Parse(location[(list.Length + 6)..], CultureInfo.InvariantCulture);
    }

    /// <summary>The concurrency token the editor page carries.</summary>
    public static string TokenOf(string html) => WebUtility.HtmlDecode(ConcurrencyToken().Match(html).Groups[1].Value);

    /// <summary>
    /// Each page shows the probe escaped (<paramref name="shown"/>, as a hit marked inside it reads differently): no script,
    /// no injected element, no element carrying an event handler, no javascript: link or image.
    /// </summary>
    public static async Task AssertInertAsync(HttpClient client, IEnumerable<string> urls, string shown = "&lt;script&gt;")
    {
        foreach (var url in urls)
        {
            var html = await client.GetStringAsync(url);
            Assert.DoesNotContain("<script>alert", html);
            Assert.DoesNotContain("<img src=x", html);
            Assert.DoesNotContain("<svg", html);
            Assert.DoesNotContain(AttributeNames(html), n => n.StartsWith("on", StringComparison.OrdinalIgnoreCase));
            Assert.DoesNotContain("href=\"javascript:", html);
            Assert.DoesNotContain("src=\"javascript:", html);
            Assert.True(html.Contains(shown, StringComparison.Ordinal), $"{url} does not show the escaped probe");
        }
    }

    /// <summary>The names of the attributes of every start tag, read as a browser reads them (quoted values skipped whole).</summary>
    private static IEnumerable<string> AttributeNames(string html) =>
        StartTag().Matches(html).SelectMany(tag => tag.Groups["name"].Captures.Select(c => c.Value));

    [GeneratedRegex("<[a-zA-Z][^\\s/>]*(?:\\s+(?<name>[^\\s\"'>/=]+)(?:\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s\"'>]+))?)*\\s*/?>")]
    private static partial Regex StartTag();

    [GeneratedRegex("name=\"Token\" value=\"([^\"]+)\"")]
    private static partial Regex ConcurrencyToken();
}
