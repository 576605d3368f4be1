using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Portal.Core;

namespace Portal.Web.Hosting;

/// <summary>Identity's messages in the user's language, keyed by the Chinese text like every other string.</summary>
internal sealed class LocalizedIdentityErrors(IStringLocalizer<SharedResource> l) : IdentityErrorDescriber
{
    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), l["该邮箱已经注册。"]);

    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), l["该邮箱已经注册。"]);

    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), l["邮箱格式不正确。"]);

    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), l["邮箱格式不正确。"]);

    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), l["密码至少需要 {0} 个字符。", length]);

    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), l["密码至少需要一个数字。"]);

    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), l["密码至少需要一个小写字母。"]);

    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper), l["密码至少需要一个大写字母。"]);

    public override IdentityError PasswordRequiresNonAlphanumeric() =>
        Error(nameof(PasswordRequiresNonAlphanumeric), l["密码至少需要一个符号（如 # ! @）。"]);

    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), l["当前密码不正确。"]);

    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), l["链接已失效，请重新申请。"]);

    public override IdentityError DefaultError() => Error(nameof(DefaultError), l["操作未成功，请稍后再试。"]);

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
