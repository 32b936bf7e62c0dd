using System.Globalization;

namespace Jingyuan.Cms.People;

/// <summary>
/// How public pages show figures that come from people ledgers: aggregates only, and a count
/// under 3 as "&lt;3", so no published figure points at one or two identifiable people.
/// </summary>
public static class PublicFigures
{
    public const int SmallestShown = 3;
    public const string Suppressed = "<3";

    public static string Count(long count) =>
        count < SmallestShown ? Suppressed : count.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>Masks a name the way county notices (公示) do: 马*明, 马明 → 马*, 欧阳小明 → 欧**明.</summary>
    public static string NoticeName(string? name)
    {
        var text = (name ?? "").Trim();
        return text.Length switch
        {
            0 => "",
            1 => "*",
            2 => text[..1] + "*",
            _ => text[..1] + new string('*', text.Length - 2) + text[^1..],
        };
    }
}
