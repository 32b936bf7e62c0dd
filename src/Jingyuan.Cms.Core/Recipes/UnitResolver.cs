using Jingyuan.Cms.Data;
using Jingyuan.Cms.Departments;
using Jingyuan.Cms.Plan;
using Microsoft.EntityFrameworkCore;

namespace Jingyuan.Cms.Recipes;

/// <summary>Turns unit names of a recipe into department ids, expanding "@乡镇" to every township.</summary>
internal sealed class UnitResolver(Dictionary<string, int> lookup, IReadOnlyList<int> townships)
{
    public static async Task<UnitResolver> LoadAsync(CmsDbContext db, CancellationToken ct)
    {
        var departments = await db.Set<Department>().AsNoTracking().ToListAsync(ct);
        return new UnitResolver(DepartmentNames.BuildLookup(departments), DepartmentNames.TownshipIds(departments));
    }

    /// <summary>Ids in the file's order, each once. Names were checked before the import began.</summary>
    public List<int> Resolve(IEnumerable<string> names)
    {
        var ids = new List<int>();
        foreach (var name in names)
        {
            ids.AddRange(name == DepartmentNames.AllTownships ? townships : [lookup[DepartmentNames.Normalize(name)]]);
        }
        return ids.Distinct().ToList();
    }
}
