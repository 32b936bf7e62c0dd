using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Jingyuan.Cms.Modules;

/// <summary>
/// Keeps this node's <see cref="ModuleState"/> in step with the database every
/// <c>Modules:RefreshSeconds</c> (default 5): with several web nodes on one database, a module
/// switched off on one node stops serving on all of them within that time, without a restart.
/// </summary>
public sealed class ModuleStateRefresher(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<ModuleStateRefresher> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var seconds = configuration.GetValue("Modules:RefreshSeconds", 5.0);
        if (seconds <= 0) return;
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(0.1, seconds)));
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    using var scope = scopes.CreateScope();
                    await scope.ServiceProvider.GetRequiredService<ModuleManager>().RefreshAsync(stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // A database blip: keep the last known state and try again at the next tick.
                    logger.LogWarning(e, "Reading the modules' enabled state failed; retrying.");
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
