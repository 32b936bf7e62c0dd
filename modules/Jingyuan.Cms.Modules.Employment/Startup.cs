using Jingyuan.Cms.Modules.Employment.Services;
using Microsoft.Extensions.DependencyInjection;

namespace Jingyuan.Cms.Modules.Employment;

/// <summary>The chapter (<see cref="EmploymentChapter"/>) and the record handlers of its ledgers.</summary>
public sealed class Startup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddChapter<EmploymentChapter>();
        services.AddRecordHandler<EmploymentRecordHandler>();
        services.AddRecordHandler<TrainingClassHandler>();
        services.AddRecordHandler<RecruitmentEventHandler>();
        services.AddRecordHandler<JobNoticeHandler>();
        services.AddRecordHandler<PublicWelfarePostHandler>();
    }
}
