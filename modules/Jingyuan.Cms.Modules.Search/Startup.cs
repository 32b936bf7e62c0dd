using Jingyuan.Cms.Modules.Search.Navigation;
using Jingyuan.Cms.Modules.Search.Services;
using Microsoft.Extensions.DependencyInjection;

namespace Jingyuan.Cms.Modules.Search;

public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddOptions<SearchOptions>().BindConfiguration("Search");
        // One index writer per process: the index and its indexer are singletons.
        services.AddSingleton(sp => new SearchIndex(sp.GetRequiredService<IAppDataFolder>().For("search-index")));
        services.AddSingleton<SearchIndexer>();
        services.AddHostedService<SearchIndexingService>();
        services.AddScoped<SearchService>();
        services.AddSingleton<ICommandLineVerb, ReindexVerb>();

        services.AddPermissionProvider<Permissions>();
        services.AddAdminMenu<SearchAdminMenu>();
    }
}
