using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Portal.Core;

namespace Portal.Web.Pages;

[AllowAnonymous]
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel(IStringLocalizer<SharedResource> l) : PageModel
{
    public int Code { get; private set; }

    public string Title { get; private set; } = "";

    public string Message { get; private set; } = "";

    public void OnGet(int? code) => Describe(code ?? 500);

    public void OnPost(int? code) => Describe(code ?? 500);

    private void Describe(int code)
    {
        Code = code;
        (Title, Message) = code switch
        {
            403 => (l["没有权限"].Value, l["您没有访问此页面的权限。"].Value),
            404 => (l["页面不存在"].Value, l["您要找的页面不存在或已被移除。"].Value),
            429 => (l["操作太频繁"].Value, l["请稍等一分钟再试。"].Value),
            _ => (l["出错了"].Value, l["服务暂时出现问题，请稍后再试。"].Value),
        };
        Response.StatusCode = code;
    }
}
