using Jingyuan.Cms.Departments;

namespace Jingyuan.Cms.Plan;

/// <summary>
/// Resolves unit names as the plan writes them (aliases, stray spaces such as "农业农 村局")
/// to departments, and expands the all-townships token.
/// </summary>
public static class DepartmentNames
{
    /// <summary>Stands for every township (各乡（镇）人民政府) in recipes.</summary>
    public const string AllTownships = "@乡镇";

    private static readonly char[] AliasSeparators = [',', '，', '、', ';', '；', '\n'];

    /// <summary>Chinese unit names never contain spaces; the plan's stray ones are typos.</summary>
    public static string Normalize(string name) => string.Concat(name.Where(c => !char.IsWhiteSpace(c)));

    public static IReadOnlyList<string> SplitAliases(string aliases) =>
        aliases.Split(AliasSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Aliases are stored comma-separated in Department.Aliases.</summary>
    public static string JoinAliases(IEnumerable<string> aliases) => string.Join(",", aliases);

    /// <summary>Normalized name and alias → department id; a name wins over another unit's alias.</summary>
    public static Dictionary<string, int> BuildLookup(IEnumerable<Department> departments)
    {
        var list = departments.ToList();
        var lookup = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var d in list)
        {
            lookup[Normalize(d.Name)] = d.Id;
        }
        foreach (var d in list)
        {
            foreach (var alias in SplitAliases(d.Aliases))
            {
                lookup.TryAdd(Normalize(alias), d.Id);
            }
        }
        return lookup;
    }

    public static IReadOnlyList<int> TownshipIds(IEnumerable<Department> departments) =>
        departments.Where(d => d.Kind == DepartmentKind.Township)
            .OrderBy(d => d.SortOrder).ThenBy(d => d.Id).Select(d => d.Id).ToList();
}
