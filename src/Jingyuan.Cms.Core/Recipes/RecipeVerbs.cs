using Jingyuan.Cms.Modules;

namespace Jingyuan.Cms.Recipes;

/// <summary><c>import &lt;file&gt;</c> for the host's command line (see <see cref="RecipeCommandLine"/>).</summary>
public sealed class ImportRecipeVerb : ICommandLineVerb
{
    public string Name => "import";
    public string Usage => "import <配方文件>：导入配方（先整体校验，有错则不导入）";

    public async Task<int> RunAsync(string[] args, IServiceProvider services) =>
        await RecipeCommandLine.TryRunAsync([Name, .. args], services) ?? RecipeCommandLine.Usage;
}

/// <summary><c>export &lt;year&gt; &lt;file&gt;</c> for the host's command line.</summary>
public sealed class ExportRecipeVerb : ICommandLineVerb
{
    public string Name => "export";
    public string Usage => "export <年度> <配方文件>：将某年度计划连同单位、安置区导出为配方";

    public async Task<int> RunAsync(string[] args, IServiceProvider services) =>
        await RecipeCommandLine.TryRunAsync([Name, .. args], services) ?? RecipeCommandLine.Usage;
}
