using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Jingyuan.Cms.Modules.Search.Services;

/// <summary>
/// Reads the indexing-task log every few seconds (Search:PollIntervalSeconds), as each node
/// of an Orchard Core site does with its own cursor. Idle while the module is disabled.
/// </summary>
public sealed class SearchIndexingService(
    SearchIndexer indexer, IModuleState modules, IOptions<SearchOptions> options, ILogger<SearchIndexingService> logger)
    : BackgroundService
{
    public const string ModuleId = "Search";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromSeconds(Math.Max(0.1, options.Value.PollIntervalSeconds));
        using var timer = new PeriodicTimer(interval);
        var planRefreshed = false;
        do
        {
            if (!modules.IsEnabled(ModuleId)) continue;
            try
            {
                await indexer.CatchUpAsync(stoppingToken);
                if (!planRefreshed)
                {
                    await indexer.RefreshPlanAsync(stoppingToken);
                    planRefreshed = true;
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // The next tick retries from the same cursor; the site keeps serving the last commit.
                logger.LogError(e, "Search indexing failed; retrying in {Interval}.", interval);
            }
        }
        while (await WaitAsync(timer, stoppingToken));
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken ct)
    {
        try { return await timer.WaitForNextTickAsync(ct); }
        catch (OperationCanceledException) { return false; }
    }
}
