using Microsoft.Extensions.DependencyInjection;

namespace Jingyuan.Cms.Recipes;

/// <summary>
/// The host's recipe verbs: <c>import &lt;file&gt;</c> and <c>export &lt;year&gt; &lt;file&gt;</c>.
/// Call first thing in Main; null means the arguments are not a recipe verb and the site should start.
/// </summary>
public static class RecipeCommandLine
{
    public const int Success = 0;
    public const int Failed = 1;
    public const int Usage = 2;

    public static Task<int?> TryRunAsync(string[] args, IServiceProvider services) =>
        TryRunAsync(args, services, Console.Out, Console.Error);

    public static async Task<int?> TryRunAsync(string[] args, IServiceProvider services, TextWriter output, TextWriter error)
    {
        if (args.Length == 0 || args[0] is not ("import" or "export"))
        {
            return null;
        }
        await using var scope = services.CreateAsyncScope();
        return args switch
        {
            ["import", var file] => await ImportAsync(scope.ServiceProvider.GetRequiredService<RecipeImporter>(), file, output, error),
            ["export", var year, var file] when int.TryParse(year, out var y) =>
                await ExportAsync(scope.ServiceProvider.GetRequiredService<RecipeExporter>(), y, file, output, error),
            _ => await UsageAsync(error),
        };
    }

    private static async Task<int> ImportAsync(RecipeImporter importer, string file, TextWriter output, TextWriter error)
    {
        if (!File.Exists(file))
        {
            await error.WriteLineAsync($"找不到文件：{file}");
            return Failed;
        }
        var result = await importer.ImportFileAsync(file);
        if (!result.Succeeded)
        {
            await error.WriteLineAsync($"配方 {file} 有 {result.Errors.Count} 处错误，未导入任何内容：");
            foreach (var e in result.Errors)
            {
                await error.WriteLineAsync("  " + e);
            }
            return Failed;
        }
        await output.WriteLineAsync($"已导入 {file}：新增 {result.Added} 条，更新 {result.Updated} 条，删除 {result.Deleted} 条。");
        return Success;
    }

    private static async Task<int> ExportAsync(RecipeExporter exporter, int year, string file, TextWriter output, TextWriter error)
    {
        try
        {
            await exporter.ExportFileAsync(year, file);
        }
        catch (KeyNotFoundException ex)
        {
            await error.WriteLineAsync(ex.Message);
            return Failed;
        }
        await output.WriteLineAsync($"已将 {year} 年度计划导出到 {file}。");
        return Success;
    }

    private static async Task<int> UsageAsync(TextWriter error)
    {
        await error.WriteLineAsync("用法：");
        await error.WriteLineAsync("  import <配方文件>          导入配方（先整体校验，有错则不导入）");
        await error.WriteLineAsync("  export <年度> <配方文件>   将某年度计划连同单位、安置区导出为配方");
        return Usage;
    }
}
