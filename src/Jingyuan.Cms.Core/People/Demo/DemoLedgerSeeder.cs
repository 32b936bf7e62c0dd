using System.Globalization;
using Jingyuan.Cms.Audit;
using Jingyuan.Cms.Chapters;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Content.PersonalData;
using Jingyuan.Cms.Data;
using Jingyuan.Cms.Departments;
using Jingyuan.Cms.Plan;
using Jingyuan.Cms.Security;
using Jingyuan.Cms.Time;
using Microsoft.EntityFrameworkCore;

namespace Jingyuan.Cms.People.Demo;

/// <summary>What seeding one ledger did, or why it could not.</summary>
public sealed record DemoLedgerResult(string Type, string DisplayName, string? Unit, int Added, int Existing, IReadOnlyList<string> Problems);

/// <summary>
/// Fills every enabled people ledger (a type carrying the person block of <see cref="PersonFields"/>, found
/// from the type definitions) with demo persons numbered 1…N, each owned by a unit that may keep the type
/// and published, so the public figures follow. Demo person n always has the same ID number, and persons whose
/// number the ledger already holds (by the index HMAC) are skipped, so a second run adds nothing. Every ledger is built and validated before any is
/// written; a record the engine would refuse stops the whole run.
/// </summary>
public sealed class DemoLedgerSeeder(IContentDefinitionManager definitions, IContentManager contents, IRecordTypeAccess access,
    IDepartmentStore departments, IPlanStore plans, IEnumerable<ChapterDescriptor> chapters, TimeProvider clock,
    CmsDbContext db, PersonalDataProtector personal)
{
    public const string Marker = "演示数据";

    public async Task<IReadOnlyList<DemoLedgerResult>> SeedAsync(int count)
    {
        var today = ChinaTime.Today(clock);
        var year = await plans.CurrentYearAsync() ?? today.Year;
        var sites = await plans.ListSitesAsync();
        var plan = await plans.GetYearAsync(year);
        var units = (await departments.ListAsync()).OrderBy(d => d.Kind).ThenBy(d => d.SortOrder).ToList();
        var prepared = new List<(DemoLedgerResult Result, List<ContentItem> Items, int UnitId)>();
        foreach (var type in await PeopleLedgersAsync())
        {
            var name = type.Type.Name;
            var unit = await KeeperAsync(type, units, plan);
            var existing = await DemoNumbersAsync(name, count);
            if (unit is null)
            {
                prepared.Add((new DemoLedgerResult(name, type.Type.DisplayName, null, 0, existing.Count, ["没有可维护该台账的单位"]), [], 0));
                continue;
            }
            var values = new DemoFieldValues(year, today, sites, unit.Id);
            var items = new List<ContentItem>();
            foreach (var n in Enumerable.Range(1, count).Where(n => !existing.Contains(n)))
                items.Add(await NewRecordAsync(type, values, unit.Id, year, n));
            var problems = await RepairAsync(type, items);
            prepared.Add((new DemoLedgerResult(name, type.Type.DisplayName, unit.Name, items.Count, existing.Count, problems), items, unit.Id));
        }
        if (prepared.Any(p => p.Result.Problems.Count > 0)) return [.. prepared.Select(p => p.Result with { Added = 0 })];

        foreach (var (result, items, unitId) in prepared.Where(p => p.Items.Count > 0))
        {
            var errors = await contents.CreateManyAsync(new ContentBatch
            {
                Items = items, Submit = true,
                Summary = new AuditEntry(AuditEvents.DemoDataSeeded,
                    $"{Marker}：向「{result.DisplayName}」写入 {items.Count} 名虚构人员（{result.Unit}），并发布", ContentType: result.Type, DepartmentId: unitId),
            });
            if (errors.Count > 0) throw new InvalidOperationException($"「{result.DisplayName}」的演示数据未能写入：{Describe(errors.First().Value)}");
            await contents.PublishManyAsync([.. items.Select(i => i.ContentItemId)]);
        }
        return [.. prepared.Select(p => p.Result)];
    }

    /// <summary>Enabled types whose fields include the person block (name and ID number).</summary>
    private async Task<List<ResolvedContentType>> PeopleLedgersAsync()
    {
        var ledgers = new List<ResolvedContentType>();
        foreach (var definition in await definitions.ListTypesAsync())
            if (await definitions.GetTypeAsync(definition.Name) is { } type
                && type.Field(PersonFields.Name) is not null && type.Field(PersonFields.IdNumber) is { Settings.Format: TextFormat.ChineseIdNumber })
                ledgers.Add(type);
        return ledgers;
    }

    /// <summary>
    /// A unit granted creation of the type: the leads of its chapter's tasks first (人社局 for task 20), then
    /// bureaus, then townships; any bureau for a type of no chapter.
    /// </summary>
    private async Task<Department?> KeeperAsync(ResolvedContentType type, IReadOnlyList<Department> units, PlanYear? plan)
    {
        if (!await access.IsGovernedAsync(type.Type.Name)) return units.FirstOrDefault();
        var chapter = chapters.FirstOrDefault(c => c.RecordTypes.Contains(type.Type.Name));
        var leads = plan?.Chapters
            .Where(c => chapter is null ? c.Number == type.Type.PlanChapter : c.ModuleId == chapter.ModuleId || c.Number == chapter.PlanChapter)
            .SelectMany(c => c.Tasks.OrderBy(t => t.Number))
            .SelectMany(t => t.LeadUnitIds).Distinct().ToList() ?? [];
        foreach (var unit in units.OrderBy(u => leads.IndexOf(u.Id) is var i and >= 0 ? i : int.MaxValue))
            if (await access.DepartmentMayAsync(unit.Id, type.Type.Name, RecordTypeAction.Create)) return unit;
        return null;
    }

    /// <summary>The demo persons 1…<paramref name="count"/> the ledger already holds, found by their ID numbers' index hashes.</summary>
    private async Task<HashSet<int>> DemoNumbersAsync(string type, int count)
    {
        var byHash = new Dictionary<string, int>();
        foreach (var n in Enumerable.Range(1, count)) byHash[await personal.IndexHashAsync(DemoPersons.IdNumber(n))] = n;
        var hashes = byHash.Keys.ToList();
        var found = await db.Set<ContentFieldIndexRecord>().AsNoTracking()
            .Where(f => f.FieldName == PersonFields.IdNumber && f.TextValue != null && hashes.Contains(f.TextValue))
            .Join(db.Set<ContentItemRecord>().Where(r => r.Latest && !r.Deleted && r.ContentType == type), f => f.VersionId, r => r.Id, (f, r) => f.TextValue!)
            .Distinct().ToListAsync();
        return [.. found.Select(h => byHash[h])];
    }

    private async Task<ContentItem> NewRecordAsync(ResolvedContentType type, DemoFieldValues values, int unitId, int year, int n)
    {
        var item = await contents.NewAsync(type.Type.Name);
        item.DisplayText = string.Create(CultureInfo.InvariantCulture, $"{Marker} {n:D3}");
        item.DepartmentId = unitId;
        item.Year = year;
        foreach (var kind in type.Fields.GroupBy(f => f.Kind))
            foreach (var (field, position) in kind.Select((f, i) => (f, i)))
                item.Set(field.Name, values.For(field, position, n));
        return item;
    }

    /// <summary>
    /// Rules beyond the declaration (a module's handler) may refuse a generated optional value: those are left
    /// empty and the records checked again. What is still refused is reported by record and field.
    /// </summary>
    private async Task<List<string>> RepairAsync(ResolvedContentType type, List<ContentItem> items)
    {
        if (items.Count == 0) return [];
        var errors = await contents.ValidateManyAsync(new ContentBatch { Items = items });
        foreach (var (index, fields) in errors)
            foreach (var field in fields.Keys.Select(type.Field).OfType<ContentFieldDefinition>().Where(f => !f.Required))
                items[index].Set(field.Name, null);
        if (errors.Count > 0) errors = await contents.ValidateManyAsync(new ContentBatch { Items = items });
        return [.. errors.Select(e => $"{items[e.Key].DisplayText}：{Describe(e.Value)}")];
    }

    private static string Describe(IReadOnlyDictionary<string, string[]> errors) =>
        string.Join("；", errors.Select(e => $"{e.Key} {string.Join("，", e.Value)}"));
}
