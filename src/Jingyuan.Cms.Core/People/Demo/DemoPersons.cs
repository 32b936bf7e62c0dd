using System.Globalization;

namespace Jingyuan.Cms.People.Demo;

/// <summary>
/// Fictional persons for demo ledgers, the same person for the same number in every ledger (so the person
/// page finds them across ledgers): a name from common 泾源 surnames and given names, a 泾源县 (640424) ID
/// number with its GB 11643 check character and a birth date between 1950 and 2004, and a mobile number.
/// </summary>
public static class DemoPersons
{
    private const string CountyCode = "640424";
    private static readonly string[] Surnames = ["马", "禹", "兰", "海", "杨", "李", "王", "张", "田", "于", "何", "冶", "丁", "苏", "米", "穆"];
    private static readonly string[] GivenNames =
        ["建军", "秀兰", "文华", "小明", "海燕", "志强", "玉梅", "国栋", "春花", "永福", "晓东", "彩霞", "德明", "金花", "学成", "丽娟",
         "成林", "桂英", "少平", "红梅", "有才", "凤英", "自强", "雪莲", "生虎", "润梅"];

    public static string Name(int n) =>
        Surnames[n % Surnames.Length] + GivenNames[(n / Surnames.Length + n) % GivenNames.Length];

    public static DateOnly BirthDate(int n) => new DateOnly(1950, 1, 1).AddDays(n * 7919 % (55 * 365));

    public static string IdNumber(int n)
    {
        var first17 = CountyCode + BirthDate(n).ToString("yyyyMMdd", CultureInfo.InvariantCulture) + (n % 1000).ToString("D3", CultureInfo.InvariantCulture);
        return first17 + ChineseIdNumber.CheckCharacter(first17);
    }

    public static string Phone(int n) => "1390954" + (n % 10000).ToString("D4", CultureInfo.InvariantCulture);

    /// <summary>The household head: the person themself for most, a relative of the same surname for every third.</summary>
    public static string Household(int n) => n % 3 == 0 ? Surnames[n % Surnames.Length] + "德山" : Name(n);
}
