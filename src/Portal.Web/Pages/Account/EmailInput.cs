using System.ComponentModel.DataAnnotations;

namespace Portal.Web.Pages.Account;

/// <summary>A form that asks only for the email address (resend confirmation, forgot password).</summary>
public sealed class EmailInput
{
    [Display(Name = "邮箱")]
    [Required(ErrorMessage = "请填写邮箱。")]
    [EmailAddress(ErrorMessage = "邮箱格式不正确。")]
    [StringLength(256, ErrorMessage = "邮箱不能超过 {1} 个字符。")]
    public string? Email { get; set; }
}
