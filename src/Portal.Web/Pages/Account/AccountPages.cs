using Microsoft.AspNetCore.Mvc;

namespace Portal.Web.Pages.Account;

/// <summary>Registers what the account and "my" pages share.</summary>
public static class AccountPages
{
    public const string StatusMessageKey = "StatusMessage";

    public static IServiceCollection AddAccountPages(this IServiceCollection services) =>
        services.AddScoped<AccountMailer>();

    /// <summary>The return address when it is local, otherwise the home page: never an open redirect.</summary>
    public static string LocalOrHome(this IUrlHelper url, string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && url.IsLocalUrl(returnUrl) ? returnUrl : "/";
}
