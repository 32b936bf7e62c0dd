using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Jingyuan.Cms.Notifications;

/// <summary>
/// Runs <see cref="ReminderRunner"/> every <c>Notifications:IntervalSeconds</c>. Nothing is kept in memory:
/// keys and the outbox are in the database, so a restart (or a second node) neither loses nor repeats a reminder.
/// </summary>
public sealed class ReminderJob(IServiceScopeFactory scopes, NotificationOptions options, ILogger<ReminderJob> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.IntervalSeconds <= 0) return;
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.IntervalSeconds));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                using var scope = scopes.CreateScope();
                var result = await scope.ServiceProvider.GetRequiredService<ReminderRunner>().RunAsync(stoppingToken);
                if (result.Posted + result.MailsSent + result.MailsFailed > 0)
                    logger.LogInformation("Reminders: {Posted} posted, {Sent} e-mails sent, {Failed} failed.", result.Posted, result.MailsSent, result.MailsFailed);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "The reminder run failed; it runs again at the next tick.");
            }
        }
    }
}
