using Microsoft.Extensions.Logging;

namespace Jingyuan.Cms.Notifications;

/// <summary>What one run of the reminder job did.</summary>
public sealed record ReminderRunResult(int Due, int Posted, int MailsSent, int MailsFailed);

/// <summary>
/// One run of the reminder job: every source's due reminders, posted when new (keys seen before are skipped by
/// <see cref="INotificationCenter"/>), then the outbox sent. A failing source is logged and the others still run.
/// </summary>
public sealed class ReminderRunner(
    IEnumerable<IReminderSource> sources, INotificationCenter center, MailOutboxSender sender,
    TimeProvider clock, ILogger<ReminderRunner> logger)
{
    public async Task<ReminderRunResult> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        int due = 0, posted = 0;
        foreach (var source in sources)
        {
            IReadOnlyList<Reminder> reminders;
            try
            {
                reminders = await source.GetDueRemindersAsync(now, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Reminder source {Source} failed; the other sources still run.", source.GetType().Name);
                continue;
            }
            due += reminders.Count;
            foreach (var reminder in reminders)
            {
                if (await center.PostAsync(reminder, cancellationToken)) posted++;
            }
        }
        var mails = await sender.SendPendingAsync(cancellationToken);
        return new ReminderRunResult(due, posted, mails.Sent, mails.Failed);
    }
}
