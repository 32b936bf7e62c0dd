using Jingyuan.Cms.Assessment;
using Jingyuan.Cms.Modules;
using Jingyuan.Cms.Notifications;
using Jingyuan.Cms.Plan;
using Jingyuan.Cms.Progress;
using Microsoft.Extensions.DependencyInjection;

// In the root namespace, beside AddCmsCore, which calls it.
namespace Jingyuan.Cms;

public static class ProgressServiceCollectionExtensions
{
    /// <summary>The ProgressReport type, its rules, the reporting service, the achieved-value service and the reporting calendar.</summary>
    public static IServiceCollection AddProgress(this IServiceCollection services)
    {
        services.AddDataMigration<ProgressMigrations>();
        services.AddContentHandler<ProgressReportHandler>();
        services.AddScoped<LatestApprovedReports>();
        services.AddScoped<ProgressReportService>();
        services.AddScoped<ProgressReportQueries>();
        services.AddScoped<ITargetProgressService, TargetProgressService>();
        services.AddScoped<ReportingCalendar>();
        services.AddScoped<IAssessmentIndicator, ReportsOnTimeIndicator>();
        services.AddScoped<IAssessmentIndicator, TargetCompletionIndicator>();
        services.AddScoped<IReminderSource, ReportReminderSource>();
        return services;
    }
}
