using Jingyuan.Cms.People;

namespace Jingyuan.Cms.Tests.People;

/// <summary>GB 11643-1999: 18 characters, MOD 11-2 check character ('X' for 10), a plausible birth date.</summary>
public sealed class ChineseIdNumberTests
{
    private static readonly DateOnly Today = new(2026, 12, 2);

    [Theory]
    [InlineData("11010519491231002X")]   // the standard's own example, check character X
    [InlineData("11010519491231002x")]   // lower-case x is the same number
    [InlineData("640424199001011231")]
    [InlineData("6404 2419 9001 011231")] // spaces as people type them
    [InlineData("640424200012310013")]
    public void Valid_numbers_pass(string number) => Assert.Null(ChineseIdNumber.Problem(number, Today));

    [Theory]
    [InlineData("110105194912310021", "身份证号码校验位不正确，请核对")]
    [InlineData("640424199001011234", "身份证号码校验位不正确，请核对")]
    [InlineData("440524188001010014", "身份证号码中的出生日期不合理")]   // born in 1880
    [InlineData("64042419900101123", "身份证号码应为18位，现为17位")]
    [InlineData("6404241990010112345", "身份证号码应为18位，现为19位")]
    [InlineData("64042419900101123A", "身份证号码前17位应为数字，最后一位为数字或X")]
    [InlineData("640424199002301234", "身份证号码中的出生日期无效")]     // 30 February
    [InlineData("640424203001011234", "身份证号码中的出生日期不合理")]   // born in 2030
    [InlineData("", "请填写身份证号码")]
    public void Invalid_numbers_are_named_with_the_reason(string number, string expected)
    {
        var fixedNumber = number.Length == 18 && expected.Contains("出生日期") ? WithCheck(number) : number;
        Assert.Equal(expected, ChineseIdNumber.Problem(fixedNumber, Today));
    }

    [Fact]
    public void The_check_character_follows_mod_11_2()
    {
        Assert.Equal('X', ChineseIdNumber.CheckCharacter("11010519491231002"));
        Assert.Equal('1', ChineseIdNumber.CheckCharacter("64042419900101123"));
        Assert.False(ChineseIdNumber.IsValid("640424199001011232", Today));
    }

    /// <summary>The number with a correct check character, so only its date is wrong.</summary>
    private static string WithCheck(string number) => number[..17] + ChineseIdNumber.CheckCharacter(number[..17]);
}
