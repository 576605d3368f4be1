using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Portal.Core;
using Portal.Core.Identity;
using Portal.Web.Hosting;

namespace Portal.Web.Pages.Account;

/// <summary>The second step of signing in with one of the ten single-use recovery codes.</summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.Auth)]
public sealed class LoginWithRecoveryCodeModel(SignInManager<PortalUser> signIn, IStringLocalizer<SharedResource> l)
    : SecondStepPageModel<RecoveryCodeInput>(signIn)
{
    protected override string CodeField => nameof(RecoveryCodeInput.RecoveryCode);

    protected override string WrongCode => l["恢复码不正确或已经用过。"];

    protected override Task<Microsoft.AspNetCore.Identity.SignInResult> SignInAsync(SignInManager<PortalUser> signIn) =>
        signIn.TwoFactorRecoveryCodeSignInAsync(TwoFactorCodes.CleanRecovery(Input.RecoveryCode));
}

public sealed class RecoveryCodeInput
{
    [Display(Name = "恢复码")]
    [Required(ErrorMessage = "请填写恢复码。")]
    [StringLength(20, ErrorMessage = "恢复码不正确或已经用过。")]
    public string? RecoveryCode { get; set; }
}
