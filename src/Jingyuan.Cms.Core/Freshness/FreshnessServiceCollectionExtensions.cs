using Jingyuan.Cms.Notifications;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Jingyuan.Cms.Freshness;

public static class FreshnessServiceCollectionExtensions
{
    /// <summary>Column freshness: the monitor of public columns and its reminders.</summary>
    public static IServiceCollection AddColumnFreshness(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(FreshnessOptions.From(configuration));
        services.AddScoped<ColumnLastItems>();
        services.AddScoped<ColumnFreshnessMonitor>();
        services.AddScoped<IColumnFreshnessMonitor>(sp => sp.GetRequiredService<ColumnFreshnessMonitor>());
        services.AddReminderSource<ColumnFreshnessReminderSource>();
        return services;
    }
}
