using Jingyuan.Cms.Modules;

namespace Jingyuan.Cms.Web.Hosting;

/// <summary>Verbs run instead of the site: `dotnet run --project src/Jingyuan.Cms.Web -- import seeds/x.recipe.json`.</summary>
public static class CommandLine
{
    public static async Task<int?> TryRunAsync(string[] args, IServiceProvider services)
    {
        var verbs = services.GetServices<ICommandLineVerb>().ToList();
        if (args.Length == 0 || verbs.FirstOrDefault(v => v.Name == args[0]) is not { } verb) return null;
        using var scope = services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<CmsInitializer>().InitializeAsync();
        return await verb.RunAsync(args[1..], scope.ServiceProvider);
    }
}

