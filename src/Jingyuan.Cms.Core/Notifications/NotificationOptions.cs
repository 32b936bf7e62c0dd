using Microsoft.Extensions.Configuration;

namespace Jingyuan.Cms.Notifications;

/// <summary>The <c>Mail</c> section: the SMTP server reminders are sent through. No host, no e-mail.</summary>
public sealed class MailOptions
{
    public const string Section = "Mail";

    public string? Host { get; set; }
    public int Port { get; set; } = 25;
    public string? From { get; set; }
    public string? UserName { get; set; }
    public string? Password { get; set; }
    /// <summary>TLS on connect for port 465, STARTTLS (required) on any other port.</summary>
    public bool UseTls { get; set; }
    /// <summary>The admin's public address (e.g. https://cms.example.gov.cn), put before a reminder's link in the e-mail.</summary>
    public string? SiteUrl { get; set; }

    public bool Configured => !string.IsNullOrWhiteSpace(Host) && !string.IsNullOrWhiteSpace(From);
}

/// <summary>The <c>Notifications</c> section: how often reminders are gathered and how mail is retried.</summary>
public sealed class NotificationOptions
{
    public const string Section = "Notifications";

    /// <summary>Seconds between runs of the reminder job; 0 turns the timer off (tests run it directly).</summary>
    public int IntervalSeconds { get; set; } = 60;
    /// <summary>The unit escalated reminders also go to (乡村振兴局), by name or alias.</summary>
    public string CoordinatingOffice { get; set; } = "乡村振兴局";
    public int MaxAttempts { get; set; } = 6;
    /// <summary>First retry after this many seconds, doubling with each failure.</summary>
    public int RetryBaseSeconds { get; set; } = 60;
    /// <summary>How long a claimed e-mail stays claimed by the node sending it.</summary>
    public int LeaseSeconds { get; set; } = 300;

    public static NotificationOptions From(IConfiguration configuration) =>
        configuration.GetSection(Section).Get<NotificationOptions>() ?? new NotificationOptions();

    public TimeSpan RetryDelay(int attempts) =>
        TimeSpan.FromSeconds(RetryBaseSeconds * Math.Pow(2, Math.Min(attempts - 1, 10)));
}
