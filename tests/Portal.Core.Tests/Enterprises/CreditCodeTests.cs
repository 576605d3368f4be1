using System.ComponentModel.DataAnnotations;
using Portal.Core.Enterprises;

namespace Portal.Core.Tests.Enterprises;

public sealed class CreditCodeTests
{
    public const string WrongCheckMessage = "统一社会信用代码的校验位不正确，请核对最后一位。";

    /// <summary>Check characters computed by hand from GB 32100-2015 (see <see cref="ReferenceCheck"/>).</summary>
    [Theory]
    [InlineData("91350100M000100Y43")] // the example printed in many guides to the standard
    [InlineData("91110000600037341L")]
    [InlineData("91360100MA35111111")]
    [InlineData("91360102MA38ABCDFR")]
    [InlineData("9136010200000000R0")] // Σ mod 31 = 0: 31 - 0 = 31, which means 0
    public void Valid_codes_are_accepted(string code)
    {
        Assert.Equal(CreditCodeError.None, CreditCode.Validate(code));
        Assert.Null(CreditCode.Message(CreditCodeError.None));
    }

    [Fact]
    public void The_31_means_0_case_gives_the_check_character_0()
    {
        const string body = "9136010200000000R";
        Assert.Equal(0, WeightedSum(body) % 31);
        Assert.Equal('0', CreditCode.CheckCharacter(body));
    }

    [Fact]
    public void A_wrong_check_character_is_refused_with_a_message_that_says_so()
    {
        var error = CreditCode.Validate("91350100M000100Y44");
        Assert.Equal(CreditCodeError.WrongCheckCharacter, error);
        Assert.Equal(WrongCheckMessage, CreditCode.Message(error));
    }

    [Fact]
    public void The_validation_attribute_reports_the_same_message_on_the_field()
    {
        var model = new Registration { Code = "91110000600037341M" };
        var results = new List<ValidationResult>();
        Assert.False(Validator.TryValidateObject(model, new ValidationContext(model), results, validateAllProperties: true));
        var result = Assert.Single(results);
        Assert.Equal(WrongCheckMessage, result.ErrorMessage);
        Assert.Equal([nameof(Registration.Code)], result.MemberNames);
    }

    [Theory]
    [InlineData("91350100M000100Y4")]
    [InlineData("91350100M000100Y433")]
    [InlineData("1")]
    public void A_code_that_is_not_18_characters_is_refused(string code)
    {
        Assert.Equal(CreditCodeError.WrongLength, CreditCode.Validate(code));
        Assert.Equal("统一社会信用代码应为 18 位。", CreditCode.Message(CreditCodeError.WrongLength));
    }

    [Theory]
    [InlineData('I')]
    [InlineData('O')]
    [InlineData('S')]
    [InlineData('V')]
    [InlineData('Z')]
    public void The_letters_I_O_S_V_Z_are_refused(char letter)
    {
        var code = "91350100" + letter + "000100Y43";
        Assert.Equal(18, code.Length);
        Assert.Equal(CreditCodeError.InvalidCharacter, CreditCode.Validate(code));
        Assert.Throws<ArgumentException>(() => CreditCode.CheckCharacter(code.AsSpan(0, 17)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void An_empty_code_is_refused(string? code) => Assert.Equal(CreditCodeError.Empty, CreditCode.Validate(code));

    [Fact]
    public void Full_width_and_lower_case_input_is_normalised()
    {
        const string fullWidth = "　９１３５０１００ｍ０００１００ｙ４３ ";
        Assert.Equal("91350100M000100Y43", CreditCode.Normalize(fullWidth));
        Assert.Equal(CreditCodeError.None, CreditCode.Validate(fullWidth));
    }

    [Fact]
    public void The_check_character_agrees_with_an_independent_reading_of_the_standard()
    {
        var random = new Random(32100);
        for (var n = 0; n < 500; n++)
        {
            var body = new string(Enumerable.Range(0, 17).Select(_ => CreditCode.Alphabet[random.Next(CreditCode.Alphabet.Length)]).ToArray());
            Assert.Equal(ReferenceCheck(body), CreditCode.CheckCharacter(body));
            Assert.Equal(CreditCodeError.None, CreditCode.Validate(body + ReferenceCheck(body)));
        }
    }

    /// <summary>Wi = 3^(i-1) mod 31; C18 = 31 - (Σ Ci·Wi mod 31), 31 meaning 0.</summary>
    private static char ReferenceCheck(string body)
    {
        var check = 31 - (WeightedSum(body) % 31);
        return "0123456789ABCDEFGHJKLMNPQRTUWXY"[check == 31 ? 0 : check];
    }

    private static int WeightedSum(string body)
    {
        var sum = 0;
        var weight = 1;
        foreach (var c in body)
        {
            sum += "0123456789ABCDEFGHJKLMNPQRTUWXY".IndexOf(c) * weight;
            weight = weight * 3 % 31;
        }

        return sum;
    }

    private sealed class Registration
    {
        [CreditCode]
        public string? Code { get; set; }
    }
}
