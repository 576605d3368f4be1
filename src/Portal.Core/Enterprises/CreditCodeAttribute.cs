using System.ComponentModel.DataAnnotations;

namespace Portal.Core.Enterprises;

/// <summary>Validates a 统一社会信用代码; the message says which part is wrong (length, characters, check character).</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class CreditCodeAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        var error = CreditCode.Validate(value as string);
        return error == CreditCodeError.None
            ? ValidationResult.Success
            : new ValidationResult(CreditCode.Message(error), validationContext.MemberName is { } m ? [m] : null);
    }
}
