using Jingyuan.Cms.Content;
using Jingyuan.Cms.Plan;
using Microsoft.Extensions.DependencyInjection;

namespace Jingyuan.Cms.Tests.Modules.Search;

/// <summary>One site with the 2023 plan seed, indexed, shared by the query tests (read-only).</summary>
public sealed class PlanSearchFixture : IAsyncLifetime
{
    internal SearchSite Site { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Site = await SearchSite.StartAsync(seedPlan: true);
        await Site.WithServicesAsync(async sp =>
        {
            // A recipe import writes no indexing task: say "the 2023 plan changed" as the plan admin does.
            await sp.GetRequiredService<IIndexingTaskStore>().AddAsync(PlanUrls.IndexKey(2023), IndexingTaskType.Update);
        });
        await Site.CatchUpAsync();
    }

    public async ValueTask DisposeAsync() => await Site.DisposeAsync();
}
