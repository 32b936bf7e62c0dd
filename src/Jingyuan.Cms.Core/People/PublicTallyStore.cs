using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Jingyuan.Cms.Chapters;
using Jingyuan.Cms.Data;
using Jingyuan.Cms.Plan;
using Microsoft.EntityFrameworkCore;

namespace Jingyuan.Cms.People;

/// <summary>
/// Stored public tallies of people ledgers (<see cref="PublicTally"/>). Recomputed after a publish,
/// unpublish or delete of the ledger commits (<see cref="PublicTallyHandler"/>), or when a read finds a
/// tally missing, declared differently or grouped by sites since renamed or moved to another township;
/// pages read a year's tallies in one query.
/// </summary>
public sealed class PublicTallyStore(CmsDbContext db, IEnumerable<ChapterDescriptor> chapters, IPlanStore plans, TimeProvider clock)
{
    /// <summary>The township of sites the sites store gives none, and of records without a known 安置区（村）.</summary>
    public const string UnknownTownship = "未注明乡镇";

    /// <summary>Every tally the enabled chapter modules declare.</summary>
    public IReadOnlyList<PublicTally> Declared() =>
        [.. chapters.SelectMany(c => c.RecordShapes).SelectMany(s => s.PublicTallies)];

    /// <summary>The rows of these tallies for the year; missing or stale tallies are computed first.</summary>
    /// <param name="sites">The sites as the caller has them (a page's cached list); read from the store when null.</param>
    public async Task<IReadOnlyList<PublicTallyRecord>> ForYearAsync(int year, IReadOnlyCollection<PublicTally> tallies,
        IReadOnlyList<ResettlementSite>? sites = null)
    {
        if (tallies.Count == 0) return [];
        var rows = await ReadAsync(year, tallies);
        sites ??= await plans.ListSitesAsync();
        var stale = tallies.Where(t => !rows.Any(r => r.TallyKey == t.Key && r.Township == "" && r.Category == "" && r.TallyHash == HashOf(t, sites))).ToList();
        if (stale.Count == 0) return rows;
        foreach (var tally in stale) await WriteAsync(year, tally, sites);
        return await ReadAsync(year, tallies);
    }

    /// <summary>Recomputes the tallies of these content types (all when null) for every plan year; returns the tallies written.</summary>
    public async Task<int> RecomputeAsync(IReadOnlyCollection<string>? contentTypes = null)
    {
        var chosen = Declared().Where(t => contentTypes is null || contentTypes.Contains(t.ContentType)).ToList();
        if (chosen.Count == 0) return 0;
        var sites = await plans.ListSitesAsync();
        var written = 0;
        foreach (var year in await plans.ListYearsAsync())
            foreach (var tally in chosen)
            {
                await WriteAsync(year, tally, sites);
                written++;
            }
        return written;
    }

    private async Task WriteAsync(int year, PublicTally tally, IReadOnlyList<ResettlementSite> sites)
    {
        var persons = await LoadAsync(year, tally);
        var rows = PublicTallyCounter.Count(tally, persons, sites.ToDictionary(s => s.Id));
        var now = clock.GetUtcNow().UtcDateTime;
        var hash = HashOf(tally, sites);
        foreach (var row in rows) (row.Year, row.TallyKey, row.TallyHash, row.ComputedUtc) = (year, tally.Key, hash, now);
        await db.InTransactionAsync(async () =>
        {
            await db.Set<PublicTallyRecord>().Where(r => r.Year == year && r.TallyKey == tally.Key).ExecuteDeleteAsync();
            db.AddRange(rows);
            await db.SaveChangesAsync();
        });
        foreach (var row in rows) db.Entry(row).State = EntityState.Detached;
    }

    /// <summary>The indexed values a tally reads of the year's published records: the ID number only as its HMAC.</summary>
    private async Task<IReadOnlyList<TalliedRecord>> LoadAsync(int year, PublicTally tally)
    {
        string[] fields = [PersonFields.IdNumber, PersonFields.Site, .. new[] { tally.CountField, tally.ShareField }.OfType<string>()];
        var versions = db.Set<ContentItemRecord>().AsNoTracking()
            .Where(r => r.Published && !r.Deleted && r.ContentType == tally.ContentType && r.Year == year);
        var heads = await versions.Select(r => new { r.Id, r.ContentItemId }).ToListAsync();
        var values = (await db.Set<ContentFieldIndexRecord>().AsNoTracking()
            .Where(f => fields.Contains(f.FieldName) && versions.Select(v => v.Id).Contains(f.VersionId))
            .Select(f => new { f.VersionId, f.FieldName, f.TextValue })
            .ToListAsync()).ToLookup(v => (v.VersionId, v.FieldName), v => v.TextValue ?? "");
        return heads.Select(h => new TalliedRecord(
            values[(h.Id, PersonFields.IdNumber)].FirstOrDefault() ?? h.ContentItemId,
            int.TryParse(values[(h.Id, PersonFields.Site)].FirstOrDefault(), out var site) ? site : null,
            tally.CountField is { } c ? values[(h.Id, c)].FirstOrDefault() : null,
            tally.ShareField is { } s && values[(h.Id, s)].Any(v => v.Equals("true", StringComparison.OrdinalIgnoreCase))))
            .ToList();
    }

    private async Task<List<PublicTallyRecord>> ReadAsync(int year, IReadOnlyCollection<PublicTally> tallies)
    {
        var keys = tallies.Select(t => t.Key).ToList();
        return await db.Set<PublicTallyRecord>().AsNoTracking().Where(r => r.Year == year && keys.Contains(r.TallyKey)).ToListAsync();
    }

    /// <summary>The declaration and the sites' places: either changing makes the stored rows stale.</summary>
    public static string HashOf(PublicTally tally, IReadOnlyList<ResettlementSite> sites) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(tally)
            + string.Join('|', sites.OrderBy(s => s.Id).Select(s => $"{s.Id}:{s.Name}:{s.Village}:{s.Township}")))))[..32];
}

/// <summary>What a tally knows of one record: a person key (the ID number's HMAC), a site, a category, yes or no.</summary>
public sealed record TalliedRecord(string Person, int? SiteId, string? Category, bool Positive);
