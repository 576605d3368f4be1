using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Portal.Web.Pages.Account;

/// <summary>What the account and "my" pages share.</summary>
public static class AccountPages
{
    public const string StatusMessageKey = "StatusMessage";

    /// <summary>Every account form binds its fields to a property named Input.</summary>
    public const string InputPrefix = "Input";

    public static IServiceCollection AddAccountPages(this IServiceCollection services) =>
        services.AddScoped<AccountMailer>().AddScoped<EnterpriseSignUp>();

    /// <summary>The return address when it is local, otherwise the home page: never an open redirect.</summary>
    public static string LocalOrHome(this IUrlHelper url, string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && url.IsLocalUrl(returnUrl) ? returnUrl : "/";

    /// <summary>An error next to Input.<paramref name="field"/>, or for the whole form when the field is null or empty.</summary>
    public static void AddInputError(this ModelStateDictionary modelState, string? field, string message) =>
        modelState.AddModelError(string.IsNullOrEmpty(field) ? "" : $"{InputPrefix}.{field}", message);

    /// <summary>Identity's errors next to the field they concern: password rules by the password, address problems by the email.</summary>
    public static void AddIdentityErrors(this ModelStateDictionary modelState, IdentityResult result, string passwordField, string? emailField = null)
    {
        foreach (var error in result.Errors)
        {
            var field = error.Code switch
            {
                _ when error.Code.StartsWith("Password", StringComparison.Ordinal) => passwordField,
                "DuplicateEmail" or "DuplicateUserName" or "InvalidEmail" or "InvalidUserName" => emailField,
                _ => null,
            };
            modelState.AddInputError(field, error.Description);
        }
    }
}
