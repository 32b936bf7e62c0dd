using Jingyuan.Cms.Chapters;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Data;
using Jingyuan.Cms.Departments;
using Jingyuan.Cms.Modules;
using Jingyuan.Cms.Plan;
using Microsoft.EntityFrameworkCore;

namespace Jingyuan.Cms.Security;

/// <summary>
/// Which department may do what with each chapter record type: the plan's default (lead and
/// responsible units of the chapter's tasks in the current plan year get create, edit and submit)
/// overridden by the administrator's stored adjustments. Governed are the record types of enabled
/// chapter modules and the ledgers an administrator attached to a plan chapter. A type declared
/// <c>KeptBy</c> / <c>ViewedBy</c> is written by those units only and viewed by those named. Read once per request
/// (scoped), so a plan edit or an adjustment on any node applies to the next request.
/// </summary>
public sealed class RecordTypeGrants(
    CmsDbContext db,
    IEnumerable<ChapterDescriptor> chapters,
    IModuleState modules,
    IContentDefinitionManager definitions,
    IPlanStore plan,
    IDepartmentStore departments,
    ICurrentUser currentUser) : IRecordTypeAccess
{
    private Snapshot? snapshot;

    /// <summary>Governed record types, each with the chapter whose units work on it.</summary>
    public async Task<IReadOnlyDictionary<string, GovernedChapter>> GovernedTypesAsync() => (await LoadAsync()).Governed;

    public async Task<bool> IsGovernedAsync(string contentType) => (await LoadAsync()).Governed.ContainsKey(contentType);

    public async Task<bool> DepartmentMayAsync(int departmentId, string contentType, RecordTypeAction action)
    {
        var s = await LoadAsync();
        if (!s.Governed.TryGetValue(contentType, out var chapter)) return false;
        var name = RecordTypePermissions.For(action, contentType).Name;
        return s.Overrides.TryGetValue((departmentId, name), out var granted)
            ? granted
            : IsDefault(s, departmentId, chapter, action);
    }

    public async Task<bool> IsDefaultAsync(int departmentId, string contentType, RecordTypeAction action)
    {
        var s = await LoadAsync();
        return s.Governed.TryGetValue(contentType, out var chapter) && IsDefault(s, departmentId, chapter, action);
    }

    public async Task<IReadOnlySet<string>> TypesOfDepartmentAsync(int departmentId)
    {
        var s = await LoadAsync();
        var types = new HashSet<string>();
        foreach (var type in s.Governed.Keys)
            foreach (var action in RecordTypePermissions.AllActions)
                if (await DepartmentMayAsync(departmentId, type, action)) { types.Add(type); break; }
        return types;
    }

    public async Task<bool> CurrentUserWorksOnAsync(IEnumerable<string> recordTypes)
    {
        if (await currentUser.HasPermissionAsync(StandardPermissions.EditAllContent)
            || await currentUser.HasPermissionAsync(StandardPermissions.ReviewContent)) return true;
        if (currentUser.DepartmentId is not { } own) return false;
        var mine = await TypesOfDepartmentAsync(own);
        return recordTypes.Any(mine.Contains);
    }

    /// <summary>Replaces the adjustments of the given cells: a cell equal to its default stores no row.</summary>
    public async Task<IReadOnlyList<string>> SetAsync(IReadOnlyCollection<(int DepartmentId, string Type, RecordTypeAction Action, bool Granted)> cells, string changedBy, DateTime now)
    {
        var s = await LoadAsync();
        var changes = new List<string>();
        var rows = await db.Set<DepartmentGrantRecord>().ToListAsync();
        foreach (var (dept, type, action, granted) in cells)
        {
            if (!s.Governed.TryGetValue(type, out var chapter)) continue;
            var name = RecordTypePermissions.For(action, type).Name;
            var before = await DepartmentMayAsync(dept, type, action);
            var row = rows.FirstOrDefault(r => r.DepartmentId == dept && r.Permission == name);
            var adjusted = granted != IsDefault(s, dept, chapter, action);
            if (!adjusted && row is not null) db.Remove(row);
            else if (adjusted && row is null)
                db.Add(new DepartmentGrantRecord { DepartmentId = dept, Permission = name, Granted = granted, ChangedBy = changedBy, ChangedUtc = now });
            else if (adjusted && row!.Granted != granted) (row.Granted, row.ChangedBy, row.ChangedUtc) = (granted, changedBy, now);
            if (before != granted) changes.Add($"{(granted ? "+" : "-")} {dept}:{name}");
        }
        await db.SaveChangesAsync();
        snapshot = null;
        return changes;
    }

    private static bool IsDefault(Snapshot s, int departmentId, GovernedChapter chapter, RecordTypeAction action) =>
        RecordTypePermissions.EditorActions.Contains(action) ? chapter.WorkingUnits.Contains(departmentId)
        : action == RecordTypeAction.ViewInternal && chapter.Viewers is { } viewers && viewers.Contains(departmentId);

    private async Task<Snapshot> LoadAsync()
    {
        if (snapshot is not null) return snapshot;
        var current = await plan.CurrentYearAsync() is { } year ? await plan.GetYearAsync(year) : null;
        var governed = new Dictionary<string, GovernedChapter>();
        foreach (var chapter in chapters.Where(c => modules.IsEnabled(c.ModuleId)))
        {
            // A module's chapter: its tasks in the current plan year.
            var planned = current?.Chapters.Where(c => c.ModuleId == chapter.ModuleId) ?? [];
            var governing = new GovernedChapter(chapter.Title, WorkingUnits(planned));
            foreach (var type in chapter.RecordTypes) governed.TryAdd(type, governing);
            foreach (var shape in chapter.RecordShapes.Where(s => s.KeptBy.Count > 0 || s.ViewedBy.Count > 0))
                governed[shape.Type.Name] = governing with
                {
                    WorkingUnits = shape.KeptBy.Count > 0 ? await UnitIdsAsync(shape.KeptBy) : governing.WorkingUnits,
                    Viewers = await UnitIdsAsync(shape.ViewedBy),
                };
        }
        foreach (var type in await definitions.ListTypesAsync())
        {
            if (type.PlanChapter is not { } number || governed.ContainsKey(type.Name)) continue;
            // An attached ledger: its chapter in the current year, or in the newest year that has it (next year's new chapter).
            var planned = current?.Chapters.FirstOrDefault(c => c.Number == number) ?? await NewestChapterAsync(number);
            governed[type.Name] = new GovernedChapter(planned?.Title ?? $"{number}", WorkingUnits(planned is null ? [] : [planned]));
        }
        var overrides = governed.Count == 0 ? new Dictionary<(int, string), bool>()
            : (await db.Set<DepartmentGrantRecord>().AsNoTracking().ToListAsync())
                .ToDictionary(r => (r.DepartmentId, r.Permission), r => r.Granted);
        return snapshot = new Snapshot(governed, overrides);
    }

    /// <summary>Only for a chapter the current year lacks (next year's new chapter): the newest year that has it.</summary>
    private async Task<PlanChapter?> NewestChapterAsync(int number)
    {
        foreach (var year in (await plan.ListYearsAsync()).OrderByDescending(y => y))
            if ((await plan.GetYearAsync(year))?.Chapters.FirstOrDefault(c => c.Number == number) is { } found) return found;
        return null;
    }

    /// <summary>Declared unit names (or aliases) as department ids; a name no department has grants nobody.</summary>
    private async Task<HashSet<int>> UnitIdsAsync(IEnumerable<string> names)
    {
        var ids = new HashSet<int>();
        foreach (var name in names)
            if (await departments.FindByNameAsync(name) is { } unit) ids.Add(unit.Id);
        return ids;
    }

    private static HashSet<int> WorkingUnits(IEnumerable<PlanChapter> planned) =>
        planned.SelectMany(c => c.Tasks).SelectMany(t => t.LeadUnitIds.Concat(t.ResponsibleUnitIds)).ToHashSet();

    private sealed record Snapshot(IReadOnlyDictionary<string, GovernedChapter> Governed, Dictionary<(int, string), bool> Overrides);
}

/// <summary>The chapter a governed record type belongs to, the units working on it by default and those only viewing it.</summary>
public sealed record GovernedChapter(string Title, IReadOnlySet<int> WorkingUnits, IReadOnlySet<int>? Viewers = null);
