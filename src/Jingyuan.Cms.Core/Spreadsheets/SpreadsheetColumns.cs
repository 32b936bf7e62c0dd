using Jingyuan.Cms.Content;

namespace Jingyuan.Cms.Spreadsheets;

/// <summary>The columns of a content type's sheet: title, year, then each field that fits in a cell.</summary>
public sealed record SpreadsheetColumn(string Header, ContentFieldDefinition? Field, string Key)
{
    public const string TitleKey = nameof(ContentItem.DisplayText);
    public const string YearKey = nameof(ContentItem.Year);

    public static IReadOnlyList<SpreadsheetColumn> For(ResolvedContentType type, bool includePersonal) =>
    [
        new("标题", null, TitleKey),
        new("年度", null, YearKey),
        .. type.Fields
            .Where(f => f.Kind != FieldKind.Files && (includePersonal || !f.Settings.Personal))
            .Select(f => new SpreadsheetColumn(HeaderOf(f), f, f.Name)),
    ];

    private static string HeaderOf(ContentFieldDefinition f) =>
        (f.Required ? "*" : "") + f.Label + (string.IsNullOrEmpty(f.Settings.Unit) ? "" : $"（{f.Settings.Unit}）");

    /// <summary>Header text as typed by people: the required star and spaces do not matter.</summary>
    public static string Normalize(string header) => header.Replace("*", "").Replace(" ", "").Replace("　", "").Trim();

    public static string Letter(int column)
    {
        var letters = "";
        for (; column > 0; column = (column - 1) / 26) letters = (char)('A' + (column - 1) % 26) + letters;
        return letters;
    }
}
