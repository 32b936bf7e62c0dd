using System.Globalization;
using System.Text.Json;
using Jingyuan.Cms.Departments;
using Jingyuan.Cms.Plan;

namespace Jingyuan.Cms.Recipes;

/// <summary>A unit name as written in the file, kept with its path so an unknown one can be reported there.</summary>
internal sealed record UnitReference(string Path, string Name);

/// <summary>
/// Reads a recipe file into the model, checking everything that needs no database: shapes,
/// types, required fields, field rules and duplicates. Collects every error instead of stopping
/// at the first, and keeps invalid items in place so list indexes still match the file.
/// </summary>
internal sealed partial class RecipeReader
{
    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

    private readonly List<RecipeError> errors = [];
    private readonly List<UnitReference> unitReferences = [];

    public IReadOnlyList<RecipeError> Errors => errors;
    public IReadOnlyList<UnitReference> UnitReferences => unitReferences;

    /// <summary>The recipe, or null when the file is not a JSON object at all.</summary>
    public Recipe? Recipe { get; private set; }

    public static RecipeReader Read(string json)
    {
        var reader = new RecipeReader();
        try
        {
            using var document = JsonDocument.Parse(json, DocumentOptions);
            reader.Recipe = reader.ReadRecipe(document.RootElement);
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $"（第 {line + 1} 行第 {ex.BytePositionInLine + 1} 字节附近）" : "";
            reader.Error(ex.Path ?? "$", "不是有效的 JSON" + where);
        }
        return reader;
    }

    private Recipe? ReadRecipe(JsonElement root)
    {
        if (!Object(root, "$", "name", "displayName", "description", "version", "steps"))
        {
            return null;
        }
        var recipe = new Recipe
        {
            Name = Text(root, "name", "$", required: true, PlanRules.NameMaxLength),
            DisplayName = Text(root, "displayName", "$", required: false, PlanRules.TitleMaxLength),
            Description = Text(root, "description", "$", required: false, int.MaxValue),
            Version = Text(root, "version", "$", required: false, 20),
        };
        foreach (var (step, path) in Items(root, "steps", "$", required: true))
        {
            if (ReadStep(step, path) is { } read)
            {
                recipe.Steps.Add(read);
            }
        }
        CheckUnique(recipe.Steps.OfType<PlanStep>().Select(s => (s.Year, PathOf(s) + ".year")), y => $"年度 {y} 重复");
        CheckUnique(DepartmentNames(recipe), n => $"单位“{n}”重复");
        CheckUnique(recipe.Steps.OfType<SitesStep>().SelectMany(s => s.Sites.Select((site, i) => (site.Name, $"{PathOf(s)}.sites[{i}].name"))),
            n => $"安置区“{n}”重复");
        return recipe;
    }

    // Steps keep their file index in the path even when an earlier step was unreadable.
    private readonly Dictionary<RecipeStep, string> stepPaths = [];

    /// <summary>The path of a step as it stands in the file, e.g. "$.steps[2]".</summary>
    public string PathOf(RecipeStep step) => stepPaths[step];

    private RecipeStep? ReadStep(JsonElement step, string path)
    {
        if (step.ValueKind != JsonValueKind.Object)
        {
            Error(path, "必须是对象");
            return null;
        }
        var name = Text(step, "name", path, required: true, 50);
        RecipeStep? read = name switch
        {
            DepartmentsStep.StepName => ReadDepartments(step, path),
            SitesStep.StepName => ReadSites(step, path),
            PlanStep.StepName => ReadPlan(step, path),
            "" => null,
            _ => UnknownStep(name, path),
        };
        if (read is not null)
        {
            stepPaths[read] = path;
        }
        return read;
    }

    private RecipeStep? UnknownStep(string name, string path)
    {
        Error(path + ".name", $"未知的步骤“{name}”（可用：{DepartmentsStep.StepName}、{PlanStep.StepName}、{SitesStep.StepName}）");
        return null;
    }

    private DepartmentsStep ReadDepartments(JsonElement step, string path)
    {
        Object(step, path, "name", "departments");
        var result = new DepartmentsStep();
        foreach (var (item, itemPath) in Items(step, "departments", path, required: true))
        {
            if (!Object(item, itemPath, "name", "kind", "aliases"))
            {
                result.Departments.Add(new RecipeDepartment());
                continue;
            }
            result.Departments.Add(new RecipeDepartment
            {
                Name = Text(item, "name", itemPath, required: true, PlanRules.NameMaxLength).Trim(),
                Kind = Enum<DepartmentKind>(item, "kind", itemPath, DepartmentKind.Bureau),
                Aliases = TextList(item, "aliases", itemPath, PlanRules.NameMaxLength),
            });
        }
        return result;
    }

    private SitesStep ReadSites(JsonElement step, string path)
    {
        Object(step, path, "name", "sites");
        var result = new SitesStep();
        foreach (var (item, itemPath) in Items(step, "sites", path, required: true))
        {
            if (!Object(item, itemPath, "name", "township", "village", "kind", "notes", "leaders"))
            {
                result.Sites.Add(new RecipeSite());
                continue;
            }
            var site = new RecipeSite
            {
                Name = Text(item, "name", itemPath, required: true, PlanRules.NameMaxLength).Trim(),
                Township = Text(item, "township", itemPath, required: false, PlanRules.NameMaxLength).Trim(),
                Village = Text(item, "village", itemPath, required: false, PlanRules.NameMaxLength).Trim(),
                Kind = Enum<SiteKind>(item, "kind", itemPath, SiteKind.General),
                Notes = Text(item, "notes", itemPath, required: false, PlanRules.NotesMaxLength),
            };
            if (item.TryGetProperty("leaders", out var leaders) && leaders.ValueKind != JsonValueKind.Null)
            {
                site.Leaders = [];
                foreach (var (leader, leaderPath) in Items(item, "leaders", itemPath, required: true))
                {
                    site.Leaders.Add(ReadLeader(leader, leaderPath));
                }
                CheckUnique(site.Leaders.Select((l, i) => ((l.Year, l.Name), $"{itemPath}.leaders[{i}].name")),
                    k => $"{k.Year} 年度的领导“{k.Name}”重复");
            }
            result.Sites.Add(site);
        }
        return result;
    }

    private RecipeSiteLeader ReadLeader(JsonElement leader, string path)
    {
        if (!Object(leader, path, "year", "name", "position"))
        {
            return new RecipeSiteLeader();
        }
        var year = Int(leader, "year", path, required: true) ?? 0;
        if (year != 0)
        {
            Check(path + ".year", PlanRules.CheckYear(year));
        }
        return new RecipeSiteLeader
        {
            Year = year,
            Name = Text(leader, "name", path, required: true, PlanRules.NameMaxLength).Trim(),
            Position = Text(leader, "position", path, required: false, PlanRules.TitleMaxLength).Trim(),
        };
    }

    private void Check(string path, string? message)
    {
        if (message is not null)
        {
            Error(path, message);
        }
    }

    private void Error(string path, string message) => errors.Add(new RecipeError(path, message));

    /// <summary>Reports every repeat of a key (the first occurrence is fine).</summary>
    private void CheckUnique<TKey>(IEnumerable<(TKey Key, string Path)> items, Func<TKey, string> message) where TKey : notnull
    {
        var seen = new HashSet<TKey>();
        foreach (var (key, path) in items)
        {
            if (key is string s && s.Length == 0 || key is 0)
            {
                continue; // already reported as missing
            }
            if (!seen.Add(key))
            {
                Error(path, message(key));
            }
        }
    }

    /// <summary>Names and aliases of the file's departments, which must all differ.</summary>
    private IEnumerable<(string, string)> DepartmentNames(Recipe recipe)
    {
        foreach (var step in recipe.Steps.OfType<DepartmentsStep>())
        {
            for (var i = 0; i < step.Departments.Count; i++)
            {
                var d = step.Departments[i];
                yield return (Plan.DepartmentNames.Normalize(d.Name), $"{PathOf(step)}.departments[{i}].name");
                for (var j = 0; j < d.Aliases.Count; j++)
                {
                    var alias = Plan.DepartmentNames.Normalize(d.Aliases[j]);
                    if (alias != Plan.DepartmentNames.Normalize(d.Name))
                    {
                        yield return (alias, $"{PathOf(step)}.departments[{i}].aliases[{j}]");
                    }
                }
            }
        }
    }

    private static string Describe<TEnum>() where TEnum : struct, Enum => string.Join("、", System.Enum.GetNames<TEnum>());

    private static bool TryParseDate(string s, out DateOnly date) =>
        DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
