using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Portal.Core;
using Portal.Core.Identity;
using Portal.Web.Hosting;

namespace Portal.Web.Pages.Account;

/// <summary>The second step of signing in: the 6-digit code of the authenticator app.</summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.Auth)]
public sealed class LoginWith2faModel(SignInManager<PortalUser> signIn, IStringLocalizer<SharedResource> l)
    : SecondStepPageModel<TwoFactorLoginInput>(signIn)
{
    [BindProperty(SupportsGet = true)]
    public bool RememberMe { get; set; }

    protected override string CodeField => nameof(TwoFactorLoginInput.Code);

    protected override string WrongCode => l["验证码不正确。"];

    protected override Task<Microsoft.AspNetCore.Identity.SignInResult> SignInAsync(SignInManager<PortalUser> signIn) =>
        signIn.TwoFactorAuthenticatorSignInAsync(TwoFactorCodes.Clean(Input.Code), RememberMe, Input.RememberMachine);
}

public sealed class TwoFactorLoginInput
{
    [Display(Name = "验证码")]
    [Required(ErrorMessage = "请填写验证码。")]
    [StringLength(9, MinimumLength = 6, ErrorMessage = "验证码为 6 位数字。")]
    public string? Code { get; set; }

    [Display(Name = "在这台设备上不再询问验证码")]
    public bool RememberMachine { get; set; }
}

/// <summary>What people type into code fields, tidied.</summary>
public static class TwoFactorCodes
{
    /// <summary>An authenticator code: digits only, so spaces and hyphens are dropped.</summary>
    public static string Clean(string? code) => (code ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);

    /// <summary>A recovery code keeps its hyphen ("ABCDE-12345"); spaces go and letters are upper-cased.</summary>
    public static string CleanRecovery(string? code) => (code ?? "").Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
}
