using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests.Policies;

/// <summary>What the staff tests of the resource and project editors share: creating through the form, the concurrency token, the XSS probe.</summary>
internal static partial class ListEditors
{
    public const string Xss = "<script>alert('x')</script><img src=x onerror=alert(1)>";

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

    /// <summary>Each page shows the probe escaped: no script, no injected attribute, no javascript: link.</summary>
    public static async Task AssertInertAsync(HttpClient client, IEnumerable<string> urls)
    {
        foreach (var url in urls)
        {
            var html = await client.GetStringAsync(url);
            Assert.DoesNotContain("<script>alert", html);
            Assert.DoesNotContain("<img src=x", html);
            Assert.DoesNotContain("href=\"javascript:", html);
            Assert.True(html.Contains("&lt;script&gt;", StringComparison.Ordinal), $"{url} does not show the escaped probe");
        }
    }

    [GeneratedRegex("name=\"Token\" value=\"([^\"]+)\"")]
    private static partial Regex ConcurrencyToken();
}
