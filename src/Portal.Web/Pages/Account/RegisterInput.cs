using System.ComponentModel.DataAnnotations;
using Portal.Core.Enterprises;

namespace Portal.Web.Pages.Account;

/// <summary>The registration form: the account (the enterprise's contact person) and the enterprise in one.</summary>
public sealed class RegisterInput
{
    [Display(Name = "邮箱")]
    [Required(ErrorMessage = "请填写邮箱。")]
    [EmailAddress(ErrorMessage = "邮箱格式不正确。")]
    [StringLength(256, ErrorMessage = "邮箱不能超过 {1} 个字符。")]
    public string? Email { get; set; }

    [Display(Name = "密码")]
    [Required(ErrorMessage = "请填写密码。")]
    [StringLength(100, MinimumLength = 8, ErrorMessage = "密码长度应为 {2} 到 {1} 个字符。")]
    [DataType(DataType.Password)]
    public string? Password { get; set; }

    [Display(Name = "确认密码")]
    [Required(ErrorMessage = "请再次输入密码。")]
    [Compare(nameof(Password), ErrorMessage = "两次输入的密码不一致。")]
    [DataType(DataType.Password)]
    public string? ConfirmPassword { get; set; }

    [Display(Name = "联系人姓名")]
    [Required(ErrorMessage = "请填写联系人姓名。")]
    [StringLength(50, ErrorMessage = "联系人姓名不能超过 {1} 个字符。")]
    public string? DisplayName { get; set; }

    [Display(Name = "企业名称")]
    [Required(ErrorMessage = "请填写企业名称。")]
    [StringLength(100, MinimumLength = 2, ErrorMessage = "企业名称应为 {2} 到 {1} 个字符。")]
    public string? EnterpriseName { get; set; }

    /// <summary>Checked by <see cref="EnterpriseService.CheckAsync"/>, which names the wrong part.</summary>
    [Display(Name = "统一社会信用代码")]
    [StringLength(30, ErrorMessage = "统一社会信用代码应为 18 位。")]
    public string? CreditCode { get; set; }

    [Display(Name = "所属行业")]
    [Required(ErrorMessage = "请选择所属行业。")]
    public Segment? Segment { get; set; }

    [Display(Name = "所在镇街园区")]
    [Required(ErrorMessage = "请选择所在镇街园区。")]
    public int? TownId { get; set; }

    [Display(Name = "企业规模")]
    [Required(ErrorMessage = "请选择企业规模。")]
    public SizeClass? Size { get; set; }

    [Display(Name = "规模以上企业")]
    public bool AboveDesignatedSize { get; set; }

    [Display(Name = "成立年份")]
    [Required(ErrorMessage = "请填写成立年份。")]
    public int? FoundedYear { get; set; }

    [Display(Name = "联系电话")]
    [Required(ErrorMessage = "请填写联系电话。")]
    [RegularExpression(@"^[0-9+\-() ]{7,20}$", ErrorMessage = "请填写有效的联系电话（7 到 20 位数字，可含 - 和空格）。")]
    public string? ContactPhone { get; set; }

    public EnterpriseRegistration ToRegistration() => new(
        EnterpriseName ?? "",
        CreditCode ?? "",
        Segment ?? 0,
        TownId ?? 0,
        Size ?? 0,
        AboveDesignatedSize,
        FoundedYear ?? 0,
        DisplayName ?? "",
        ContactPhone ?? "",
        Email ?? "");
}
