using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Portal.Core;

namespace Portal.Web.Pages;

/// <summary>
/// The page for every error status (re-executed as /error/{code}). The code is read from the route
/// only, never bound: a POST that failed because its form could not be read (a 400) is re-executed
/// here with the same unreadable form, and binding it would turn the 400 into a 500.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel(IStringLocalizer<SharedResource> l) : PageModel
{
    public int Code { get; private set; }

    public string Title { get; private set; } = "";

    public string Message { get; private set; } = "";

    public void OnGet() => Describe();

    public void OnPost() => Describe();

    private void Describe()
    {
        var code = RouteData.Values["code"] is { } value && int.TryParse(Convert.ToString(value, CultureInfo.InvariantCulture), out var parsed)
            ? parsed
            : 500;

        // /error/42 or /error/200 describes no error: that address is a page that does not exist.
        Code = code is >= 400 and <= 599 ? code : 404;
        (Title, Message) = Code switch
        {
            400 => (l["请求无效"].Value, l["提交的内容无法识别。请返回上一页，刷新后重试。"].Value),
            403 => (l["没有权限"].Value, l["您没有访问此页面的权限。"].Value),
            404 => (l["页面不存在"].Value, l["您要找的页面不存在或已被移除。"].Value),
            429 => (l["操作太频繁"].Value, l["请稍等一分钟再试。"].Value),
            _ => (l["出错了"].Value, l["服务暂时出现问题，请稍后再试。"].Value),
        };
        Response.StatusCode = Code;
    }
}
