using System.Text;
using Jingyuan.Cms.Data;
using Jingyuan.Cms.Departments;
using Jingyuan.Cms.Plan;
using Microsoft.EntityFrameworkCore;

namespace Jingyuan.Cms.Recipes;

/// <summary>
/// Writes a year as a recipe the importer reads back unchanged: the year's plan plus all
/// departments and sites (reference data shared by every year, which the plan's names resolve against).
/// </summary>
public sealed class RecipeExporter(CmsDbContext db)
{
    public async Task<Recipe> ExportAsync(int year, CancellationToken ct = default)
    {
        var store = new PlanStore(db);
        var plan = await store.GetYearAsync(year) ?? throw new KeyNotFoundException($"{year} 年度没有计划");
        var departments = await db.Set<Department>().AsNoTracking().OrderBy(d => d.SortOrder).ThenBy(d => d.Id).ToListAsync(ct);
        var sites = await store.ListSitesAsync();
        var names = new UnitNames(departments);
        return new Recipe
        {
            Name = $"plan-{year}",
            DisplayName = plan.Title,
            Description = $"{year} 年度计划及全部单位、移民安置区（系统导出）",
            Version = "1.0",
            Steps =
            [
                new DepartmentsStep
                {
                    Departments = departments.Select(d => new RecipeDepartment
                    {
                        Name = d.Name, Kind = d.Kind, Aliases = [.. DepartmentNames.SplitAliases(d.Aliases)],
                    }).ToList(),
                },
                ToStep(plan, names),
                new SitesStep { Sites = sites.Select(ToSite).ToList() },
            ],
        };
    }

    public async Task<string> ExportJsonAsync(int year, CancellationToken ct = default) =>
        RecipeJson.Serialize(await ExportAsync(year, ct));

    public async Task ExportFileAsync(int year, string path, CancellationToken ct = default) =>
        await File.WriteAllTextAsync(path, await ExportJsonAsync(year, ct), new UTF8Encoding(false), ct);

    private static PlanStep ToStep(PlanYear plan, UnitNames names) => new()
    {
        Year = plan.Year,
        Title = plan.Title,
        IssuedBy = plan.IssuedBy,
        IssuedOn = plan.IssuedOn,
        Goals = plan.Goals,
        Safeguards = plan.Safeguards.Select(s => new RecipeSafeguard { Number = s.Number, Title = s.Title, Text = s.Text }).ToList(),
        Chapters = plan.Chapters.Select(c => new RecipeChapter
        {
            Number = c.Number,
            Title = c.Title,
            Summary = c.Summary,
            ModuleId = c.ModuleId,
            Targets = c.Targets.Select(ToTarget).ToList(),
            Tasks = c.Tasks.Select(t => new RecipeTask
            {
                Number = t.Number,
                Title = t.Title,
                Text = t.Text,
                LeadUnits = names.Of(t.LeadUnitIds),
                ResponsibleUnits = names.Of(t.ResponsibleUnitIds),
                Places = [.. t.Places],
                Targets = t.Targets.Select(ToTarget).ToList(),
            }).ToList(),
        }).ToList(),
    };

    private static RecipeTarget ToTarget(PlanTarget t) => new()
    {
        Key = t.Key,
        Description = t.Description,
        Unit = t.Unit,
        // PostgreSQL numeric(18,4) reads back as 1200.0000; files should say 1200.
        Value = t.TargetValue / 1.000000000000000000000000000000000m,
        Comparison = t.Comparison,
        Source = t.Source,
        Implied = t.Implied,
    };

    private static RecipeSite ToSite(ResettlementSite s) => new()
    {
        Name = s.Name,
        Township = s.Township,
        Village = s.Village,
        Kind = s.Kind,
        Notes = s.Notes,
        Leaders = s.Leaders.Count == 0 ? null
            : s.Leaders.Select(l => new RecipeSiteLeader { Year = l.Year, Name = l.Name, Position = l.Position }).ToList(),
    };

    /// <summary>Department ids back to names; a list naming every township is written "@乡镇" again.</summary>
    private sealed class UnitNames(List<Department> departments)
    {
        private readonly Dictionary<int, string> byId = departments.ToDictionary(d => d.Id, d => d.Name);
        private readonly IReadOnlyList<int> townships = DepartmentNames.TownshipIds(departments);

        public List<string> Of(List<int> ids)
        {
            var all = townships.Count > 1 && townships.All(ids.Contains);
            var names = new List<string>();
            foreach (var id in ids)
            {
                var name = all && townships.Contains(id) ? DepartmentNames.AllTownships : byId.GetValueOrDefault(id);
                // A deleted department has no name left to write; dropping it beats writing an id.
                if (name is not null && !names.Contains(name))
                {
                    names.Add(name);
                }
            }
            return names;
        }
    }
}
