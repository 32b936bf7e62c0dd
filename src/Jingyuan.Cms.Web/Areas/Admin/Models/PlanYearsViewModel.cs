using Jingyuan.Cms.Recipes;

namespace Jingyuan.Cms.Web.Areas.Admin.Models;

public sealed record PlanYearRow(int Year, string Title, int Chapters, int Tasks, bool IsPublished = true);

/// <summary>/admin/plan: the years, and the two ways to start the next one.</summary>
public sealed class PlanYearsViewModel
{
    public required IReadOnlyList<PlanYearRow> Years { get; init; }
    public PlanCopyForm Copy { get; init; } = new();
    /// <summary>Problems of an uploaded recipe, each with its JSON path; nothing was imported.</summary>
    public IReadOnlyList<RecipeError> ImportErrors { get; init; } = [];
}
