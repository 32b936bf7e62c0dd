namespace Jingyuan.Cms.Recipes;

/// <summary>One problem in a recipe file, located by JSON path (e.g. $.steps[1].chapters[0].tasks[3].number).</summary>
public sealed record RecipeError(string Path, string Message)
{
    public override string ToString() => $"{Path}: {Message}";
}

/// <summary>Outcome of an import: either errors (and nothing imported) or the rows added and updated.</summary>
public sealed class RecipeImportResult
{
    public IReadOnlyList<RecipeError> Errors { get; init; } = [];
    public bool Succeeded => Errors.Count == 0;
    public int Added { get; init; }
    public int Updated { get; init; }
    public int Deleted { get; init; }

    public static RecipeImportResult Failed(IEnumerable<RecipeError> errors) => new() { Errors = errors.ToList() };
}

/// <summary>Thrown where a recipe must import (first-start seeding); carries every error.</summary>
public sealed class RecipeImportException(string file, IReadOnlyList<RecipeError> errors)
    : Exception($"配方 {file} 有 {errors.Count} 处错误：" + Environment.NewLine + string.Join(Environment.NewLine, errors))
{
    public string File { get; } = file;
    public IReadOnlyList<RecipeError> Errors { get; } = errors;
}
