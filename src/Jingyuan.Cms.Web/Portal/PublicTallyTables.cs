using Jingyuan.Cms.Chapters;
using Jingyuan.Cms.Data;
using Jingyuan.Cms.People;
using Jingyuan.Cms.Plan;

namespace Jingyuan.Cms.Web.Portal;

/// <summary>One public tally as the chapter page shows it: rows already in display order, counts as stored.</summary>
public sealed record PublicTallyTable(string Id, int Year, string Title, TallyBy By, IReadOnlyList<string> Categories, string? ShareLabel,
    IReadOnlyList<PublicTallyRow> Rows);

public enum TallyRowKind { Site, Township, County }

/// <summary>A row's figures; what a visitor may see of them is decided by <see cref="PublicFigures"/> here, once.</summary>
public sealed record PublicTallyRow(TallyRowKind Kind, string Township, string Place, int Persons, IReadOnlyList<int> ByCategory, int Positive)
{
    public string PersonsText => PublicFigures.Count(Persons);
    public string CategoryText(int i) => PublicFigures.Count(ByCategory[i]);
    public string PositiveText => PublicFigures.Count(Positive);
    /// <summary>The share of positive persons; null when fewer than 3 persons make the base.</summary>
    public decimal? SharePercent => Persons < PublicFigures.SmallestShown ? null : Math.Round(100m * Positive / Persons, 1);
}

/// <summary>The public tallies of the chapter modules serving one plan chapter, read from their stored rows.</summary>
public sealed class PublicTallyTables(PublicTallyStore store, PlanOverviewService overviews, IEnumerable<ChapterDescriptor> chapters)
{
    public async Task<IReadOnlyList<PublicTallyTable>> ForChapterAsync(PlanYear plan, PlanChapter chapter)
    {
        var tallies = chapters.Where(d => Serves(plan, chapter, d))
            .SelectMany(d => d.RecordShapes).SelectMany(s => s.PublicTallies).ToList();
        if (tallies.Count == 0) return [];
        var rows = (await store.ForYearAsync(plan.Year, tallies, await overviews.SitesAsync())).ToLookup(r => r.TallyKey);
        return tallies.Select((t, i) => new PublicTallyTable($"tally-{chapter.Number}-{i + 1}", plan.Year, t.Title, t.By, t.Categories,
            t.ShareLabel, Rows(t, rows[t.Key].ToList()))).ToList();
    }

    // As the admin binds modules: a year's chapter naming the module, else the chapter of the module's number.
    private static bool Serves(PlanYear plan, PlanChapter chapter, ChapterDescriptor d) =>
        chapter.ModuleId == d.ModuleId
        || (chapter.ModuleId is null && chapter.Number == d.PlanChapter && !plan.Chapters.Any(c => c.ModuleId == d.ModuleId));

    private static List<PublicTallyRow> Rows(PublicTally tally, List<PublicTallyRecord> records)
    {
        var cells = records.ToLookup(r => (r.Township, r.SiteId));
        PublicTallyRow Row(TallyRowKind kind, string township, int? siteId)
        {
            var cell = cells[(township, siteId)].ToList();
            var all = cell.FirstOrDefault(r => r.Category == "");
            return new PublicTallyRow(kind, township, all?.Place ?? "", all?.Persons ?? 0,
                [.. tally.Categories.Select(c => cell.FirstOrDefault(r => r.Category == c)?.Persons ?? 0)], all?.Positive ?? 0);
        }
        var rows = new List<PublicTallyRow>();
        var townships = records.Where(r => r.Township.Length > 0).Select(r => r.Township).Distinct().OrderBy(Order).ThenBy(t => t, StringComparer.Ordinal);
        foreach (var township in townships)
        {
            if (tally.By == TallyBy.TownshipAndVillage)
                rows.AddRange(records.Where(r => r.Township == township && r.SiteId is not null && r.Category == "")
                    .OrderBy(r => r.Place, StringComparer.Ordinal).Select(r => Row(TallyRowKind.Site, township, r.SiteId)));
            rows.Add(Row(TallyRowKind.Township, township, null));
        }
        rows.Add(Row(TallyRowKind.County, "", null));
        return rows;
    }

    private static int Order(string township) =>
        township == PublicTallyStore.UnknownTownship ? int.MaxValue
        : ProjectFields.Townships.ToList().IndexOf(township) is var i and >= 0 ? i : ProjectFields.Townships.Count;
}
