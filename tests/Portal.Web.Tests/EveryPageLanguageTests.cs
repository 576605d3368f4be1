using System.Net;
using Microsoft.AspNetCore.Localization;
using Portal.Core.Security;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests;

/// <summary>
/// Every page the access matrix finds, opened by a visitor and by the administrator: with the English
/// culture cookie it says lang="en" and its title is English; without the cookie it is Chinese.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class EveryPageLanguageTests(PortalFactory factory)
{
    public static TheoryData<string?> Visitors => [null, PortalRoles.Admin];

    private static readonly string EnglishCookie =
        $"{CookieRequestCultureProvider.DefaultCookieName}={Uri.EscapeDataString(CookieRequestCultureProvider.MakeCookieValue(new RequestCulture("en")))}";

    [Theory]
    [MemberData(nameof(Visitors))]
    public async Task Every_page_speaks_English_with_the_cookie(string? role)
    {
        using var client = await Accounts.ClientAsync(factory, role);
        var failures = new List<string>();
        var opened = 0;
        foreach (var path in PageAccess.Pages(factory.Services).Select(p => p.Path))
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.Add("Cookie", EnglishCookie);
            var response = await client.SendAsync(request);
            if (!IsPage(response))
            {
                continue; // a redirect (to log in, or the language switch going home) has no page to read
            }

            opened++;
            var html = await response.Content.ReadAsStringAsync();
            var title = Html.Title(html);
            if (Html.Language(html) != "en")
            {
                failures.Add($"{path}: lang=\"{Html.Language(html)}\"");
            }
            else if (title.Length == 0 || Html.HasChinese(title))
            {
                failures.Add($"{path}: title \"{title}\" is not English");
            }
        }

        Assert.True(opened >= 10, $"only {opened} pages opened as {role ?? "anonymous"}: the test reads too little");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Theory]
    [MemberData(nameof(Visitors))]
    public async Task Every_page_is_Chinese_without_the_cookie(string? role)
    {
        using var client = await Accounts.ClientAsync(factory, role);
        var failures = new List<string>();
        foreach (var path in PageAccess.Pages(factory.Services).Select(p => p.Path))
        {
            var response = await client.GetAsync(path);
            if (IsPage(response))
            {
                var html = await response.Content.ReadAsStringAsync();
                if (Html.Language(html) != "zh-CN" || !Html.HasChinese(Html.Title(html)))
                {
                    failures.Add($"{path}: lang=\"{Html.Language(html)}\", title \"{Html.Title(html)}\"");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static bool IsPage(HttpResponseMessage response) =>
        (int)response.StatusCode is 200 or 403 or 404 or 500 && response.Content.Headers.ContentType?.MediaType == "text/html";
}
