using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Jingyuan.Cms.Archive;

/// <summary>Wakes the worker when a package is asked for; it also looks every few seconds (other nodes' requests).</summary>
public sealed class ArchiveBuildSignal
{
    private readonly SemaphoreSlim wake = new(0, 1);

    public void Wake()
    {
        if (wake.CurrentCount == 0)
        {
            try { wake.Release(); }
            catch (SemaphoreFullException) { }
        }
    }

    internal Task WaitAsync(TimeSpan timeout, CancellationToken ct) => wake.WaitAsync(timeout, ct);
}

/// <summary>Builds queued archive packages one at a time, in the background (see <see cref="ArchiveBuildJob"/>).</summary>
public sealed class ArchiveBuildWorker(IServiceScopeFactory scopes, ArchiveBuildSignal signal, ILogger<ArchiveBuildWorker> log)
    : BackgroundService
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        var requeued = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!requeued)
                {
                    using var scope = scopes.CreateScope();
                    await scope.ServiceProvider.GetRequiredService<ArchiveBuildJob>().RequeueInterruptedAsync(stoppingToken);
                    requeued = true;
                }
                bool ran;
                do
                {
                    using var scope = scopes.CreateScope();
                    ran = await scope.ServiceProvider.GetRequiredService<ArchiveBuildJob>().RunNextAsync(stoppingToken);
                } while (ran && !stoppingToken.IsCancellationRequested);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { break; }
            catch (Exception e)
            {
                // A database not yet migrated at start, or briefly unreachable: logged, and tried again at the next poll.
                log.LogError(e, "Archive build worker pass failed");
            }
            try { await signal.WaitAsync(PollInterval, stoppingToken); }
            catch (OperationCanceledException) { break; }
        }
    }
}
