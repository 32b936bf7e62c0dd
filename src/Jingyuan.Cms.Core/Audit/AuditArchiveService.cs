using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Jingyuan.Cms.Audit;

/// <summary>Archives on its own every <c>Audit:ArchiveIntervalHours</c>; nodes sharing a database take turns on the chain's lock.</summary>
public sealed class AuditArchiveService(IServiceScopeFactory scopes, AuditOptions options, ILogger<AuditArchiveService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.ArchiveIntervalHours == 0) return;
        using var timer = new PeriodicTimer(TimeSpan.FromHours(options.ArchiveIntervalHours));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                using var scope = scopes.CreateScope();
                var result = await scope.ServiceProvider.GetRequiredService<AuditArchiver>().ArchiveAsync(stoppingToken);
                if (result.Rows > 0) logger.LogInformation("Archived {Rows} audit rows to {File}.", result.Rows, result.FileName);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Archiving the audit trail failed; the rows stay in the table.");
            }
        }
    }
}
