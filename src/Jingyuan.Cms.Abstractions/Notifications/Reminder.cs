namespace Jingyuan.Cms.Notifications;

/// <summary>
/// A notice to a department, shown in the admin notification centre and e-mailed to its users.
/// <see cref="Key"/> is unique for all time (e.g. <c>supervision:42:due-in-3</c>): the host stores
/// each key once, so a reminder is never sent twice, across restarts and nodes.
/// </summary>
/// <param name="Key">Stable identity of this reminder, at most 200 characters.</param>
/// <param name="DepartmentId">The unit that must act.</param>
/// <param name="Subject">One line, in Chinese, already localized.</param>
/// <param name="Body">Plain text, in Chinese, already localized; never personal data.</param>
/// <param name="Url">Admin path to the item (e.g. <c>/admin/supervision/items/42</c>), or null.</param>
/// <param name="EscalateToCoordinator">Also notify the coordinating office (乡村振兴局), e.g. when late.</param>
public sealed record Reminder(
    string Key, int DepartmentId, string Subject, string Body, string? Url, bool EscalateToCoordinator = false);

/// <summary>
/// Something that has reminders due. The host's reminder job asks every source periodically and
/// keeps and sends only keys it has not seen, so a source simply returns everything due as of now.
/// </summary>
public interface IReminderSource
{
    Task<IReadOnlyList<Reminder>> GetDueRemindersAsync(DateTimeOffset now, CancellationToken cancellationToken);
}

/// <summary>Posts a reminder at once (e.g. when a 督办 item is assigned); a key already posted is ignored.</summary>
public interface INotificationCenter
{
    /// <summary>Returns false when the key had been posted before.</summary>
    Task<bool> PostAsync(Reminder reminder, CancellationToken cancellationToken = default);
}
