using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Portal.Core;
using Portal.Core.Identity;
using Portal.Web.Hosting;

namespace Portal.Web.Pages.Account;

/// <summary>The link in the reset email: /account/reset-password?email=...&amp;code=... (Base64Url).</summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.Auth)]
public sealed class ResetPasswordModel(UserManager<PortalUser> users, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public ResetPasswordInput Input { get; set; } = new();

    [TempData(Key = AccountPages.StatusMessageKey)]
    public string? StatusMessage { get; set; }

    public bool LinkValid { get; private set; } = true;

    public void OnGet(string? code, string? email)
    {
        LinkValid = AccountMailer.Decode(code) is not null && !string.IsNullOrEmpty(email);
        Input = new ResetPasswordInput { Code = code, Email = email };
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var token = AccountMailer.Decode(Input.Code);
        var user = await users.FindByEmailAsync(Input.Email!);
        var result = token is null || user is null
            ? IdentityResult.Failed(users.ErrorDescriber.InvalidToken())
            : await users.ResetPasswordAsync(user, token, Input.Password!);
        if (!result.Succeeded)
        {
            ModelState.AddIdentityErrors(result, nameof(ResetPasswordInput.Password));
            return Page();
        }

        if (user!.LockoutEnd is not null)
        {
            await users.SetLockoutEndDateAsync(user, null);
            await users.ResetAccessFailedCountAsync(user);
        }

        StatusMessage = l["密码已重置，请用新密码登录。"];
        return RedirectToPage("/Account/Login");
    }
}

public sealed class ResetPasswordInput
{
    [Display(Name = "邮箱")]
    [Required(ErrorMessage = "请填写邮箱。")]
    [EmailAddress(ErrorMessage = "邮箱格式不正确。")]
    public string? Email { get; set; }

    [Display(Name = "新密码")]
    [Required(ErrorMessage = "请填写新密码。")]
    [StringLength(100, MinimumLength = 8, ErrorMessage = "密码长度应为 {2} 到 {1} 个字符。")]
    [DataType(DataType.Password)]
    public string? Password { get; set; }

    [Display(Name = "确认新密码")]
    [Required(ErrorMessage = "请再次输入新密码。")]
    [Compare(nameof(Password), ErrorMessage = "两次输入的密码不一致。")]
    [DataType(DataType.Password)]
    public string? ConfirmPassword { get; set; }

    [Required(ErrorMessage = "链接已失效，请重新申请。")]
    public string? Code { get; set; }
}
