using System.Globalization;
using System.Text.Json.Nodes;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Plan;

namespace Jingyuan.Cms.People.Demo;

/// <summary>
/// A plausible value for any declared field of a demo record, from the declaration alone: a choice from
/// its options, a number inside its range, dates in the plan year in field order (so "from" precedes "to"),
/// a seeded site, the owning unit. Links and files stay empty.
/// </summary>
internal sealed class DemoFieldValues(int year, DateOnly today, IReadOnlyList<ResettlementSite> sites, int unitId)
{
    public const string Text = "演示数据，非真实记录。";

    /// <param name="position">The field's place among the record's fields of the same kind (0 for the first date, ...).</param>
    public JsonNode? For(ContentFieldDefinition field, int position, int n) => field.Name switch
    {
        PersonFields.Name => DemoPersons.Name(n),
        PersonFields.IdNumber => DemoPersons.IdNumber(n),
        PersonFields.Phone => DemoPersons.Phone(n),
        PersonFields.Household => DemoPersons.Household(n),
        _ => ByKind(field, position, n),
    };

    private JsonNode? ByKind(ContentFieldDefinition field, int position, int n) => field.Kind switch
    {
        FieldKind.Text => field.Settings.Format switch
        {
            TextFormat.ChineseIdNumber => DemoPersons.IdNumber(n),
            TextFormat.Phone => DemoPersons.Phone(n),
            _ => Cut($"{field.Label}（演示）", field.Settings.MaxLength),
        },
        FieldKind.LongText => Cut(Text, field.Settings.MaxLength),
        FieldKind.Html => $"<p>{Text}</p>",
        FieldKind.Number => Number(field.Settings, n + position),
        FieldKind.Date => Date(position, n),
        FieldKind.Boolean => (n + position) % 2 == 0,
        FieldKind.Choice when field.Settings.Options.Count > 0 => field.Settings.Options[(n + position) % field.Settings.Options.Count],
        FieldKind.MultiChoice when field.Settings.Options.Count > 0 => new JsonArray(field.Settings.Options[(n + position) % field.Settings.Options.Count]),
        FieldKind.Site when sites.Count > 0 => sites[n % sites.Count].Id,
        FieldKind.Department => unitId,
        _ => null,
    };

    private static decimal Number(FieldSettings settings, int seed)
    {
        var min = settings.Min ?? 0;
        var max = settings.Max ?? min + settings.Unit switch { "元" => 1000, "万元" => 100, "人" => 5, "亩" => 20, _ => 10 };
        var span = Math.Max(0, (int)Math.Floor(max - min));
        var value = Math.Ceiling(min) + seed * 37 % (span + 1);
        return value <= max ? value : min;
    }

    // The first of a month (ledgers keep months so), each date field of a record in a later quarter than the one
    // before it, within the plan year and not after today.
    private JsonNode Date(int position, int n)
    {
        var date = new DateOnly(year, 1, 1).AddMonths(Math.Min(position * 3 + n % 3, 11));
        var last = new DateOnly(year, 12, 31) < today ? new DateOnly(year, 12, 31) : today;
        return (date > last ? last : date).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    private static string Cut(string text, int? maxLength) => maxLength is { } max && text.Length > max ? text[..max] : text;
}
