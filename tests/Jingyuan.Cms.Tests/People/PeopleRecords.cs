using System.Globalization;
using System.Text.Json.Nodes;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.People;
using Jingyuan.Cms.Plan;
using Jingyuan.Cms.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Jingyuan.Cms.Tests.People;

/// <summary>
/// One published record of every type that has personal fields, filled generically from its definition:
/// personal values are unique markers (valid ID numbers and phones, distinctive names), everything else a
/// plausible value. New people ledgers are covered without touching this class.
/// </summary>
public static class PeopleRecords
{
    /// <param name="Ids">The published item of each type, by type name.</param>
    public sealed record Seeded(IReadOnlyList<string> Types, IReadOnlyList<string> Secrets, string PublicMarker, IReadOnlyDictionary<string, string> Ids);

    public const string PublicMarker = "公开说明文字甲乙";

    public static async Task<Seeded> PublishOneOfEachAsync(IServiceProvider sp)
    {
        var definitions = sp.GetRequiredService<IContentDefinitionManager>();
        var contents = sp.GetRequiredService<IContentManager>();
        var site = (await sp.GetRequiredService<IPlanStore>().ListSitesAsync()).First().Id;
        var types = new List<string>();
        var secrets = new List<string>();
        var ids = new Dictionary<string, string>();
        foreach (var definition in await definitions.ListTypesAsync())
        {
            var type = await definitions.GetTypeAsync(definition.Name);
            if (type is null || !type.Fields.Any(f => f.Settings.Personal)) continue;
            var n = types.Count + 1;
            var item = await contents.NewAsync(definition.Name);
            item.DisplayText = $"台账记录{n}";
            item.Year = 2023;
            foreach (var field in type.Fields) item.Set(field.Name, Value(field, n, site, secrets));
            var saved = await contents.SaveDraftAsync(item, null);
            await contents.SubmitAndPublishAsync(saved.ContentItemId);
            types.Add(definition.Name);
            ids[definition.Name] = saved.ContentItemId;
        }
        return new Seeded(types, secrets, PublicMarker, ids);
    }

    private static JsonNode? Value(ContentFieldDefinition field, int n, int site, List<string> secrets)
    {
        var s = field.Settings;
        if (s.Personal)
        {
            var secret = s.Format switch
            {
                TextFormat.ChineseIdNumber => IdNumber(n),
                TextFormat.Phone => $"1390{n:0000}567",
                _ => $"泄密人员{Numerals[n % Numerals.Length]}{field.Order}号",
            };
            secrets.Add(secret);
            return secret;
        }
        return field.Kind switch
        {
            FieldKind.Text or FieldKind.LongText or FieldKind.Html => PublicMarker,
            FieldKind.Number => JsonValue.Create(Math.Min(s.Max ?? decimal.MaxValue, Math.Max(s.Min ?? 0m, 1m))),
            FieldKind.Date => "2023-06-01",
            FieldKind.Boolean => true,
            FieldKind.Choice => s.Options.Count > 0 ? s.Options[0] : null,
            FieldKind.MultiChoice => s.Options.Count > 0 ? new JsonArray(s.Options[0]) : null,
            FieldKind.Site => site,
            _ => null,
        };
    }

    private static readonly string[] Numerals = ["甲", "乙", "丙", "丁", "戊", "己", "庚", "辛", "壬", "癸"];

    /// <summary>A fictional 18-digit number of 泾源县 (640424) with a valid GB 11643 check character.</summary>
    public static string IdNumber(int n)
    {
        var first17 = "640424" + new DateOnly(1980, 1, 1).AddDays(n * 37).ToString("yyyyMMdd", CultureInfo.InvariantCulture) + (n % 1000).ToString("000", CultureInfo.InvariantCulture);
        return first17 + ChineseIdNumber.CheckCharacter(first17);
    }
}
