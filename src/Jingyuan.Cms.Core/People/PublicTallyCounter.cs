using Jingyuan.Cms.Data;
using Jingyuan.Cms.Plan;

namespace Jingyuan.Cms.People;

/// <summary>
/// Counts distinct persons per county, township and (by <see cref="TallyBy.TownshipAndVillage"/>) site, in
/// all and per category. Each level is counted on its own, never summed, so a person in two villages of a
/// township counts once in the township. A person counts as positive when any of their records says yes.
/// </summary>
public static class PublicTallyCounter
{
    public static List<PublicTallyRecord> Count(PublicTally tally, IReadOnlyList<TalliedRecord> records,
        IReadOnlyDictionary<int, ResettlementSite> sites)
    {
        var cells = new Dictionary<(string Township, int? SiteId, string Category), (HashSet<string> All, HashSet<string> Positive)>();
        void Add((string, int?, string) key, TalliedRecord r)
        {
            if (!cells.TryGetValue(key, out var cell)) cells[key] = cell = ([], []);
            cell.All.Add(r.Person);
            if (r.Positive) cell.Positive.Add(r.Person);
        }
        cells[("", null, "")] = ([], []); // the county row is always written: it marks the tally as computed
        foreach (var r in records)
        {
            var site = r.SiteId is { } id ? sites.GetValueOrDefault(id) : null;
            var township = site?.Township is { Length: > 0 } t ? t : PublicTallyStore.UnknownTownship;
            string[] categories = r.Category is { Length: > 0 } c ? ["", c] : [""];
            foreach (var category in categories)
            {
                Add(("", null, category), r);
                Add((township, null, category), r);
                if (tally.By == TallyBy.TownshipAndVillage && site is not null) Add((township, site.Id, category), r);
            }
        }
        return cells.Select(c => new PublicTallyRecord
        {
            Township = c.Key.Township, SiteId = c.Key.SiteId, Category = c.Key.Category,
            Place = c.Key.SiteId is { } id ? PlaceOf(sites[id]) : "",
            Persons = c.Value.All.Count, Positive = c.Value.Positive.Count,
        }).ToList();
    }

    private static string PlaceOf(ResettlementSite site) => site.Village.Length > 0 && site.Village != site.Name ? $"{site.Name}（{site.Village}）" : site.Name;
}
