using Jingyuan.Cms.Modules;

namespace Jingyuan.Cms.Web.Hosting;

/// <summary>Verbs run instead of the site: `dotnet run --project src/Jingyuan.Cms.Web -- import seeds/x.recipe.json`.</summary>
public static class CommandLine
{
    public static async Task<int?> TryRunAsync(string[] args, IServiceProvider services)
    {
        // Module state is known only after initialization: find the verb among all, then check its module is on.
        var all = services.GetRequiredService<ModuleContributions>().All<ICommandLineVerb>(services);
        if (args.Length == 0 || all.FirstOrDefault(v => v.Name == args[0]) is not { } verb) return null;
        using var scope = services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<CmsInitializer>().InitializeAsync();
        if (!services.GetServices<ICommandLineVerb>().Contains(verb))
        {
            await Console.Error.WriteLineAsync($"命令 {verb.Name} 所属的模块已停用。");
            return 1;
        }
        return await verb.RunAsync(args[1..], scope.ServiceProvider);
    }
}

