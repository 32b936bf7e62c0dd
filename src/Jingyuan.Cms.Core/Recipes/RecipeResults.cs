using System.Globalization;
using System.Text.RegularExpressions;

namespace Jingyuan.Cms.Recipes;

/// <summary>One problem in a recipe file, located by JSON path (e.g. $.steps[1].chapters[0].tasks[3].number).</summary>
public sealed partial record RecipeError(string Path, string Message)
{
    public override string ToString() => $"{Path}: {Message}";

    /// <summary>Orders errors through the file: steps[2] before steps[10], a step's errors together.</summary>
    public static IReadOnlyList<RecipeError> InFileOrder(IEnumerable<RecipeError> errors) =>
        errors.Select((e, i) => (e, i)).Order(Comparer<(RecipeError e, int i)>.Create((a, b) =>
            ComparePaths(a.e.Path, b.e.Path) is var c and not 0 ? c : a.i.CompareTo(b.i))).Select(x => x.e).ToList();

    private static int ComparePaths(string a, string b)
    {
        var x = Index().Split(a);
        var y = Index().Split(b);
        for (var i = 0; i < Math.Min(x.Length, y.Length); i++)
        {
            // Split with a capture group alternates text and index segments.
            var c = i % 2 == 1 ? int.Parse(x[i], CultureInfo.InvariantCulture).CompareTo(int.Parse(y[i], CultureInfo.InvariantCulture)) : string.CompareOrdinal(x[i], y[i]);
            if (c != 0)
            {
                return c;
            }
        }
        return x.Length.CompareTo(y.Length);
    }

    [GeneratedRegex(@"\[(\d+)\]")]
    private static partial Regex Index();
}

/// <summary>Outcome of an import: either errors (and nothing imported) or the rows added and updated.</summary>
public sealed class RecipeImportResult
{
    public IReadOnlyList<RecipeError> Errors { get; init; } = [];
    public bool Succeeded => Errors.Count == 0;
    public int Added { get; init; }
    public int Updated { get; init; }
    public int Deleted { get; init; }

    public static RecipeImportResult Failed(IEnumerable<RecipeError> errors) => new() { Errors = RecipeError.InFileOrder(errors) };
}

/// <summary>Thrown where a recipe must import (first-start seeding); carries every error.</summary>
public sealed class RecipeImportException(string file, IReadOnlyList<RecipeError> errors)
    : Exception($"配方 {file} 有 {errors.Count} 处错误：" + Environment.NewLine + string.Join(Environment.NewLine, errors))
{
    public string File { get; } = file;
    public IReadOnlyList<RecipeError> Errors { get; } = errors;
}
