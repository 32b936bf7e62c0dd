using Jingyuan.Cms.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Jingyuan.Cms.Notifications;

/// <summary>
/// Stores each reminder key once, with one queued e-mail per recipient in the same transaction. Two nodes
/// posting the same key race on the unique index: the loser's insert fails and counts as "already posted".
/// </summary>
public sealed class NotificationCenter(CmsDbContext db, NotificationRecipients recipients, IOptions<MailOptions> mail, TimeProvider clock)
    : INotificationCenter
{
    public const int MaxKeyLength = 200;

    public async Task<bool> PostAsync(Reminder reminder, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reminder);
        if (string.IsNullOrWhiteSpace(reminder.Key) || reminder.Key.Length > MaxKeyLength)
            throw new ArgumentException($"A reminder key is 1 to {MaxKeyLength} characters: '{reminder.Key}'.", nameof(reminder));
        var notifications = db.Set<NotificationRecord>();
        if (await notifications.AnyAsync(n => n.Key == reminder.Key, cancellationToken)) return false;

        var now = clock.GetUtcNow().UtcDateTime;
        var record = new NotificationRecord
        {
            Key = reminder.Key, DepartmentId = reminder.DepartmentId, Subject = Clip(reminder.Subject, 300),
            Body = Clip(reminder.Body, 4000), Url = reminder.Url is null ? null : Clip(reminder.Url, 500),
            Escalated = reminder.EscalateToCoordinator, CreatedUtc = now,
        };
        // Without an SMTP server nothing is queued, so configuring one later does not send a backlog of old reminders.
        if (mail.Value.Configured)
        {
            foreach (var to in await recipients.AddressesAsync(reminder.DepartmentId, reminder.EscalateToCoordinator))
            {
                record.Mails.Add(new MailOutboxRecord
                {
                    To = to, Subject = record.Subject, Body = MailBody(record), State = MailState.Pending,
                    NextAttemptUtc = now, CreatedUtc = now,
                });
            }
        }
        notifications.Add(record);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e))
        {
            Detach(record);
            return false;
        }
    }

    private void Detach(NotificationRecord record)
    {
        foreach (var m in record.Mails.ToList()) db.Entry(m).State = EntityState.Detached;
        db.Entry(record).State = EntityState.Detached;
    }

    private string MailBody(NotificationRecord n) =>
        n.Url is null ? n.Body : $"{n.Body}\n\n{mail.Value.SiteUrl?.TrimEnd('/')}{n.Url}";

    private static string Clip(string text, int max) => text.Length <= max ? text : text[..max];
}
