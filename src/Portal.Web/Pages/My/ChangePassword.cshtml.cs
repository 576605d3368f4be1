using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Portal.Core;
using Portal.Core.Identity;
using Portal.Core.Security;
using Portal.Web.Pages.Account;

namespace Portal.Web.Pages.My;

[Authorize(Policy = CorePermissions.SignedIn)]
public sealed class ChangePasswordModel(
    UserManager<PortalUser> users, SignInManager<PortalUser> signIn, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public ChangePasswordInput Input { get; set; } = new();

    [TempData(Key = AccountPages.StatusMessageKey)]
    public string? StatusMessage { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (await users.GetUserAsync(User) is not { } me)
        {
            return Challenge();
        }

        var result = await users.ChangePasswordAsync(me, Input.OldPassword!, Input.NewPassword!);
        if (!result.Succeeded)
        {
            // PasswordMismatch means the current password is wrong; the other password errors concern the new one.
            foreach (var error in result.Errors)
            {
                ModelState.AddInputError(
                    error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? nameof(ChangePasswordInput.OldPassword) : nameof(ChangePasswordInput.NewPassword),
                    error.Description);
            }

            return Page();
        }

        await signIn.RefreshSignInAsync(me);
        StatusMessage = l["密码已修改。"];
        return RedirectToPage();
    }
}

public sealed class ChangePasswordInput
{
    [Display(Name = "当前密码")]
    [Required(ErrorMessage = "请填写当前密码。")]
    [DataType(DataType.Password)]
    public string? OldPassword { get; set; }

    [Display(Name = "新密码")]
    [Required(ErrorMessage = "请填写新密码。")]
    [StringLength(100, MinimumLength = 8, ErrorMessage = "密码长度应为 {2} 到 {1} 个字符。")]
    [DataType(DataType.Password)]
    public string? NewPassword { get; set; }

    [Display(Name = "确认新密码")]
    [Required(ErrorMessage = "请再次输入新密码。")]
    [Compare(nameof(NewPassword), ErrorMessage = "两次输入的密码不一致。")]
    [DataType(DataType.Password)]
    public string? ConfirmPassword { get; set; }
}
