using System.Text.Json.Serialization;
using Jingyuan.Cms.Departments;
using Jingyuan.Cms.Plan;

namespace Jingyuan.Cms.Recipes;

/// <summary>
/// A recipe file: named steps applied in dependency order (Departments, Sites, Plan),
/// each keyed by names and numbers so importing twice changes nothing.
/// </summary>
public sealed class Recipe
{
    public string Name { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public string Description { get; set; } = "";
    public string Version { get; set; } = "1.0";
    public List<RecipeStep> Steps { get; set; } = [];
}

[JsonPolymorphic(TypeDiscriminatorPropertyName = "name")]
[JsonDerivedType(typeof(DepartmentsStep), DepartmentsStep.StepName)]
[JsonDerivedType(typeof(PlanStep), PlanStep.StepName)]
[JsonDerivedType(typeof(SitesStep), SitesStep.StepName)]
public abstract class RecipeStep;

/// <summary>Units named in plans. Keyed by name; aliases are the other spellings plans use.</summary>
public sealed class DepartmentsStep : RecipeStep
{
    public const string StepName = "Departments";
    public List<RecipeDepartment> Departments { get; set; } = [];
}

public sealed class RecipeDepartment
{
    public string Name { get; set; } = "";
    public DepartmentKind Kind { get; set; }
    public List<string> Aliases { get; set; } = [];
}

/// <summary>Resettlement sites and villages, keyed by name.</summary>
public sealed class SitesStep : RecipeStep
{
    public const string StepName = "Sites";
    public List<RecipeSite> Sites { get; set; } = [];
}

public sealed class RecipeSite
{
    public string Name { get; set; } = "";
    public string Township { get; set; } = "";
    public string Village { get; set; } = "";
    public SiteKind Kind { get; set; } = SiteKind.General;
    public string Notes { get; set; } = "";
    /// <summary>Null leaves the site's leaders as they are; a list (even empty) replaces them.</summary>
    public List<RecipeSiteLeader>? Leaders { get; set; }
}

public sealed class RecipeSiteLeader
{
    public int Year { get; set; }
    public string Name { get; set; } = "";
    public string Position { get; set; } = "";
}

/// <summary>One year's plan, keyed by year; chapters by number, tasks by number, targets by key.</summary>
public sealed class PlanStep : RecipeStep
{
    public const string StepName = "Plan";
    public int Year { get; set; }
    public string Title { get; set; } = "";
    public string IssuedBy { get; set; } = "";
    public DateOnly? IssuedOn { get; set; }
    public string Goals { get; set; } = "";
    public List<RecipeSafeguard> Safeguards { get; set; } = [];
    public List<RecipeChapter> Chapters { get; set; } = [];
}

public sealed class RecipeSafeguard
{
    public int Number { get; set; }
    public string Title { get; set; } = "";
    public string Text { get; set; } = "";
}

public sealed class RecipeChapter
{
    public int Number { get; set; }
    public string Title { get; set; } = "";
    public string Summary { get; set; } = "";
    public string? ModuleId { get; set; }
    public List<RecipeTarget> Targets { get; set; } = [];
    public List<RecipeTask> Tasks { get; set; } = [];
}

public sealed class RecipeTask
{
    public int Number { get; set; }
    public string Title { get; set; } = "";
    public string Text { get; set; } = "";
    /// <summary>Department names or aliases; "@乡镇" stands for every township.</summary>
    public List<string> LeadUnits { get; set; } = [];
    public List<string> ResponsibleUnits { get; set; } = [];
    public List<string> Places { get; set; } = [];
    public List<RecipeTarget> Targets { get; set; } = [];
}

public sealed class RecipeTarget
{
    public string Key { get; set; } = "";
    public string Description { get; set; } = "";
    public string Unit { get; set; } = "";
    public decimal Value { get; set; }
    public TargetComparison Comparison { get; set; }
    public TargetSource Source { get; set; } = TargetSource.Reported;
    /// <summary>"implied": true — set from the plan's words, not one of its printed figures.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingDefault)]
    public bool Implied { get; set; }
}
