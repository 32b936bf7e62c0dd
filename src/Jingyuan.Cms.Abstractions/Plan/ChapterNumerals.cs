using System.Globalization;

namespace Jingyuan.Cms.Plan;

/// <summary>
/// The one way a chapter number is printed, admin and public alike: Chinese numerals in full-width
/// parentheses, as the plan numbers its key work: （一）…（十）（十一）….
/// </summary>
public static class ChapterNumerals
{
    private const string Digits = "零一二三四五六七八九";

    /// <summary>一, 十, 十一, 二十三; numbers outside 1-99 stay in digits.</summary>
    public static string Chinese(int n)
    {
        if (n is < 1 or > 99) return n.ToString(CultureInfo.InvariantCulture);
        if (n < 10) return Digits[n].ToString();
        var tens = n / 10 == 1 ? "十" : Digits[n / 10] + "十";
        return n % 10 == 0 ? tens : tens + Digits[n % 10];
    }

    /// <summary>（十）.</summary>
    public static string Of(int chapterNumber) => $"（{Chinese(chapterNumber)}）";

    /// <summary>（一）提升产业发展水平.</summary>
    public static string Heading(PlanChapter chapter) => Of(chapter.Number) + chapter.Title;
}
