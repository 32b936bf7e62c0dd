using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Jingyuan.Cms.Notifications;

public static class NotificationServiceCollectionExtensions
{
    /// <summary>The notification centre, the e-mail outbox and the reminder job.</summary>
    public static IServiceCollection AddNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<MailOptions>(configuration.GetSection(MailOptions.Section));
        services.AddSingleton(NotificationOptions.From(configuration));
        services.AddScoped<NotificationRecipients>();
        services.AddScoped<NotificationCenter>();
        services.AddScoped<INotificationCenter>(sp => sp.GetRequiredService<NotificationCenter>());
        services.AddScoped<NotificationInbox>();
        services.AddScoped<INotificationInbox>(sp => sp.GetRequiredService<NotificationInbox>());
        services.AddSingleton<IMailTransport, SmtpMailTransport>();
        services.AddScoped<MailOutboxSender>();
        services.AddScoped<ReminderRunner>();
        services.AddHostedService<ReminderJob>();
        return services;
    }
}
