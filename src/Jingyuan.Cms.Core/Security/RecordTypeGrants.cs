using Jingyuan.Cms.Chapters;
using Jingyuan.Cms.Data;
using Jingyuan.Cms.Modules;
using Jingyuan.Cms.Plan;
using Microsoft.EntityFrameworkCore;

namespace Jingyuan.Cms.Security;

/// <summary>
/// Which department may do what with each chapter record type: the plan's default (lead and
/// responsible units of the chapter's tasks in the current plan year get create, edit and submit)
/// overridden by the administrator's stored adjustments. Read once per request (scoped), so a plan
/// edit or an adjustment on any node applies to the next request.
/// </summary>
public sealed class RecordTypeGrants(
    CmsDbContext db,
    IEnumerable<ChapterDescriptor> chapters,
    IModuleState modules,
    IPlanStore plan,
    ICurrentUser currentUser) : IRecordTypeAccess
{
    private Snapshot? snapshot;

    /// <summary>Record types of enabled chapters, keyed to their chapter.</summary>
    public IReadOnlyDictionary<string, ChapterDescriptor> GovernedTypes() =>
        chapters.Where(c => modules.IsEnabled(c.ModuleId))
            .SelectMany(c => c.RecordTypes.Select(t => (Type: t, Chapter: c)))
            .DistinctBy(x => x.Type).ToDictionary(x => x.Type, x => x.Chapter);

    public Task<bool> IsGovernedAsync(string contentType) => Task.FromResult(GovernedTypes().ContainsKey(contentType));

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

    private static bool IsDefault(Snapshot s, int departmentId, ChapterDescriptor chapter, RecordTypeAction action) =>
        RecordTypePermissions.EditorActions.Contains(action)
        && s.WorkingUnits.TryGetValue(chapter.ModuleId, out var units) && units.Contains(departmentId);

    private async Task<Snapshot> LoadAsync()
    {
        if (snapshot is not null) return snapshot;
        var governed = GovernedTypes();
        var working = new Dictionary<string, HashSet<int>>();
        if (governed.Count > 0 && await plan.CurrentYearAsync() is { } year && await plan.GetYearAsync(year) is { } plan1)
        {
            foreach (var chapter in plan1.Chapters.Where(c => c.ModuleId is not null))
            {
                var set = working.TryGetValue(chapter.ModuleId!, out var existing) ? existing : working[chapter.ModuleId!] = [];
                foreach (var task in chapter.Tasks) set.UnionWith(task.LeadUnitIds.Concat(task.ResponsibleUnitIds));
            }
        }
        var overrides = governed.Count == 0 ? new Dictionary<(int, string), bool>()
            : (await db.Set<DepartmentGrantRecord>().AsNoTracking().ToListAsync())
                .ToDictionary(r => (r.DepartmentId, r.Permission), r => r.Granted);
        return snapshot = new Snapshot(governed, working, overrides);
    }

    private sealed record Snapshot(
        IReadOnlyDictionary<string, ChapterDescriptor> Governed,
        Dictionary<string, HashSet<int>> WorkingUnits,
        Dictionary<(int, string), bool> Overrides);
}
