using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Portal.Core;
using Portal.Core.Identity;
using Portal.Core.Security;
using Portal.Web.Pages.Account;

namespace Portal.Web.Pages.My;

/// <summary>
/// Two-factor sign-in with an authenticator app (TOTP): scan, verify a code to enable, keep the ten
/// recovery codes (shown once), reset them, or turn two-factor off.
/// </summary>
[Authorize(Policy = CorePermissions.SignedIn)]
public sealed class TwoFactorModel(
    UserManager<PortalUser> users,
    SignInManager<PortalUser> signIn,
    IOptions<PortalOptions> portal,
    IStringLocalizer<SharedResource> l) : PageModel
{
    public const int RecoveryCodeCount = 10;

    [BindProperty]
    public EnableTwoFactorInput Input { get; set; } = new();

    /// <summary>?required=true: the back office sent an administrator or staff member here.</summary>
    [BindProperty(SupportsGet = true)]
    public bool Required { get; set; }

    [TempData(Key = AccountPages.StatusMessageKey)]
    public string? StatusMessage { get; set; }

    /// <summary>A message for this response (StatusMessage is for the page after a redirect).</summary>
    public string? Notice { get; private set; }

    public bool Enabled { get; private set; }

    public int RecoveryCodesLeft { get; private set; }

    public string SharedKey { get; private set; } = "";

    public string QrCode { get; private set; } = "";

    /// <summary>Filled only in the response that creates them.</summary>
    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync() =>
        await users.GetUserAsync(User) is { } me ? await ShowAsync(me) : Challenge();

    public async Task<IActionResult> OnPostEnableAsync()
    {
        if (await users.GetUserAsync(User) is not { } me)
        {
            return Challenge();
        }

        if (me.TwoFactorEnabled)
        {
            return RedirectToPage();
        }

        if (!ModelState.IsValid)
        {
            return await ShowAsync(me);
        }

        var valid = await users.VerifyTwoFactorTokenAsync(
            me, users.Options.Tokens.AuthenticatorTokenProvider, TwoFactorCodes.Clean(Input.Code));
        if (!valid)
        {
            ModelState.AddInputError(nameof(EnableTwoFactorInput.Code), l["验证码不正确，请核对手机上显示的 6 位数字后重试。"]);
            return await ShowAsync(me);
        }

        await users.SetTwoFactorEnabledAsync(me, true);
        await signIn.RefreshSignInAsync(me);
        return await ShowNewRecoveryCodesAsync(me, l["两步验证已开启。"]);
    }

    public async Task<IActionResult> OnPostResetRecoveryCodesAsync()
    {
        if (await users.GetUserAsync(User) is not { TwoFactorEnabled: true } me)
        {
            return RedirectToPage();
        }

        return await ShowNewRecoveryCodesAsync(me, l["已生成新的恢复码，旧的恢复码已失效。"]);
    }

    public async Task<IActionResult> OnPostDisableAsync()
    {
        if (await users.GetUserAsync(User) is not { } me)
        {
            return Challenge();
        }

        await users.SetTwoFactorEnabledAsync(me, false);
        await users.ResetAuthenticatorKeyAsync(me);
        await signIn.RefreshSignInAsync(me);
        StatusMessage = l["两步验证已关闭。"];
        return RedirectToPage();
    }

    /// <summary>The codes are shown in this response only: never stored in a cookie or shown again.</summary>
    private async Task<IActionResult> ShowNewRecoveryCodesAsync(PortalUser me, string notice)
    {
        RecoveryCodes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(me, RecoveryCodeCount))?.ToList() ?? [];
        Notice = notice;
        return await ShowAsync(me);
    }

    private async Task<IActionResult> ShowAsync(PortalUser me)
    {
        Enabled = await users.GetTwoFactorEnabledAsync(me);
        RecoveryCodesLeft = Enabled ? await users.CountRecoveryCodesAsync(me) : 0;
        if (!Enabled)
        {
            var key = await users.GetAuthenticatorKeyAsync(me);
            if (string.IsNullOrEmpty(key))
            {
                await users.ResetAuthenticatorKeyAsync(me);
                key = await users.GetAuthenticatorKeyAsync(me) ?? "";
            }

            SharedKey = Authenticator.FormatKey(key);
            QrCode = Authenticator.QrCodeDataUri(Authenticator.Uri(portal.Value.SiteName, me.Email ?? me.UserName ?? "", key));
        }

        return Page();
    }
}

public sealed class EnableTwoFactorInput
{
    [Display(Name = "验证码")]
    [Required(ErrorMessage = "请填写验证码。")]
    [StringLength(9, MinimumLength = 6, ErrorMessage = "验证码为 6 位数字。")]
    public string? Code { get; set; }
}
