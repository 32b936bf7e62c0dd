using Jingyuan.Cms.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Jingyuan.Cms.Notifications;

/// <summary>What one sending run did.</summary>
public sealed record MailRunResult(int Sent, int Failed);

/// <summary>
/// Sends pending e-mails of the outbox. Each row is claimed first (a conditional update that only one node
/// wins, with a lease), then sent, then marked sent; a failure waits longer each time and gives up after
/// <see cref="NotificationOptions.MaxAttempts"/>, keeping the last error.
/// </summary>
public sealed class MailOutboxSender(
    CmsDbContext db, IMailTransport transport, IOptions<MailOptions> mail, NotificationOptions options,
    TimeProvider clock, ILogger<MailOutboxSender> logger)
{
    public const int BatchSize = 50;
    // Informational: which process holds a claim.
    private static readonly string Node = $"{Environment.MachineName}:{Environment.ProcessId}";

    private DbSet<MailOutboxRecord> Outbox => db.Set<MailOutboxRecord>();

    public async Task<MailRunResult> SendPendingAsync(CancellationToken cancellationToken)
    {
        if (!mail.Value.Configured) return new MailRunResult(0, 0);
        var claimed = await ClaimAsync(cancellationToken);
        if (claimed.Count == 0) return new MailRunResult(0, 0);
        int sent = 0, failed = 0;
        IMailConnection? connection = null;
        try
        {
            foreach (var row in claimed)
            {
                try
                {
                    connection ??= await transport.ConnectAsync(cancellationToken);
                    await connection.SendAsync(row.To, row.Subject, row.Body, cancellationToken);
                    await MarkSentAsync(row.Id);
                    sent++;
                }
                catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                {
                    failed++;
                    await MarkFailedAsync(row, e);
                    // The connection may be broken: the next row opens a new one.
                    if (connection is not null) await connection.DisposeAsync();
                    connection = null;
                }
            }
        }
        finally
        {
            if (connection is not null) await connection.DisposeAsync();
        }
        return new MailRunResult(sent, failed);
    }

    private async Task<List<MailOutboxRecord>> ClaimAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var candidates = await Outbox.AsNoTracking()
            .Where(m => m.State == MailState.Pending && m.NextAttemptUtc <= now && (m.ClaimedUntilUtc == null || m.ClaimedUntilUtc < now))
            .OrderBy(m => m.NextAttemptUtc).ThenBy(m => m.Id).Take(BatchSize).ToListAsync(cancellationToken);
        var lease = now.AddSeconds(options.LeaseSeconds);
        var claimed = new List<MailOutboxRecord>();
        foreach (var row in candidates)
        {
            // Only one node's update matches: the row is still unclaimed (or its lease ran out) when it runs.
            var won = await Outbox.Where(m => m.Id == row.Id && m.State == MailState.Pending
                    && (m.ClaimedUntilUtc == null || m.ClaimedUntilUtc < now))
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.ClaimedUntilUtc, lease).SetProperty(m => m.ClaimedBy, Node), cancellationToken);
            if (won == 1) claimed.Add(row);
        }
        return claimed;
    }

    private Task MarkSentAsync(long id)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        // Not cancellable: a message handed to the server must be recorded as sent.
        return Outbox.Where(m => m.Id == id).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.State, MailState.Sent).SetProperty(m => m.SentUtc, now)
            .SetProperty(m => m.Attempts, m => m.Attempts + 1)
            .SetProperty(m => m.ClaimedUntilUtc, (DateTime?)null).SetProperty(m => m.LastError, (string?)null), CancellationToken.None);
    }

    private Task MarkFailedAsync(MailOutboxRecord row, Exception error)
    {
        var attempts = row.Attempts + 1;
        var giveUp = attempts >= options.MaxAttempts;
        var next = clock.GetUtcNow().UtcDateTime + options.RetryDelay(attempts);
        var message = $"{error.GetType().Name}: {error.Message}";
        if (message.Length > 1000) message = message[..1000];
        logger.LogWarning("E-mail {Id} to the unit's user failed (attempt {Attempts}): {Error}", row.Id, attempts, message);
        return Outbox.Where(m => m.Id == row.Id).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.Attempts, attempts)
            .SetProperty(m => m.State, giveUp ? MailState.Failed : MailState.Pending)
            .SetProperty(m => m.NextAttemptUtc, next)
            .SetProperty(m => m.ClaimedUntilUtc, (DateTime?)null)
            .SetProperty(m => m.LastError, message), CancellationToken.None);
    }
}
