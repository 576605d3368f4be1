namespace Portal.Core.Enterprises;

public enum CreditCodeError
{
    None,
    Empty,
    WrongLength,
    InvalidCharacter,
    WrongCheckCharacter,
}

/// <summary>统一社会信用代码 after GB 32100-2015: 18 characters from 0-9 and A-Y without I, O, S, V, Z.</summary>
public static class CreditCode
{
    public const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    /// <summary>Upper-cases and trims; full-width letters and digits are folded to ASCII.</summary>
    public static string Normalize(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return "";
        }

        var chars = code.Trim().Select(c => c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c);
        return new string(chars.ToArray()).ToUpperInvariant();
    }

    public static CreditCodeError Validate(string? code)
    {
        var normalized = Normalize(code);
        if (normalized.Length == 0)
        {
            return CreditCodeError.Empty;
        }

        if (normalized.Length != 18)
        {
            return CreditCodeError.WrongLength;
        }

        if (normalized.Any(c => Alphabet.IndexOf(c) < 0))
        {
            return CreditCodeError.InvalidCharacter;
        }

        return normalized[17] == CheckCharacter(normalized.AsSpan(0, 17))
            ? CreditCodeError.None
            : CreditCodeError.WrongCheckCharacter;
    }

    /// <summary>C18 = 31 - (Σ Ci·Wi mod 31), where 31 means 0.</summary>
    public static char CheckCharacter(ReadOnlySpan<char> first17)
    {
        if (first17.Length != 17)
        {
            throw new ArgumentException("需要 17 位本体代码。", nameof(first17));
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var value = Alphabet.IndexOf(first17[i]);
            if (value < 0)
            {
                throw new ArgumentException($"非法字符 {first17[i]}", nameof(first17));
            }

            sum += value * Weights[i];
        }

        var check = 31 - (sum % 31);
        return Alphabet[check == 31 ? 0 : check];
    }

    /// <summary>The Chinese message for an error, or null when the code is valid.</summary>
    public static string? Message(CreditCodeError error) => error switch
    {
        CreditCodeError.None => null,
        CreditCodeError.Empty => "请填写统一社会信用代码。",
        CreditCodeError.WrongLength => "统一社会信用代码应为 18 位。",
        CreditCodeError.InvalidCharacter => "统一社会信用代码只能包含数字和大写字母（不含 I、O、S、V、Z）。",
        CreditCodeError.WrongCheckCharacter => "统一社会信用代码的校验位不正确，请核对最后一位。",
        _ => "统一社会信用代码无效。",
    };
}
