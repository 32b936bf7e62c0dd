using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection;

namespace Jingyuan.Cms.Notifications;

/// <summary>What the admin header's bell shows: the signed-in user's unread notifications.</summary>
public interface INotificationInbox
{
    /// <summary>Unread notifications of the user's department (and escalated ones for the coordinating office); 0 without a department.</summary>
    Task<int> CountUnreadAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default);
}

/// <summary>Registration of reminder sources, so the host's reminder job finds them.</summary>
public static class ReminderServiceCollectionExtensions
{
    /// <summary>Adds a source the reminder job asks every run (scoped: a fresh one per run).</summary>
    public static IServiceCollection AddReminderSource<T>(this IServiceCollection services)
        where T : class, IReminderSource => services.AddScoped<IReminderSource, T>();
}
