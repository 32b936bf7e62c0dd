using Jingyuan.Cms.Archive;
using Jingyuan.Cms.Modules;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

// In the root namespace, beside AddCmsCore, which calls it.
namespace Jingyuan.Cms;

public static class ArchiveServiceCollectionExtensions
{
    /// <summary>Archive packages (档案包): the service the 档案 module uses, the build job, the read-only guard and verify-archive.</summary>
    public static IServiceCollection AddArchivePackages(this IServiceCollection services)
    {
        services.AddScoped<IArchivePackages, ArchivePackages>();
        services.AddScoped<ArchiveGuard>();
        services.AddScoped<ArchiveItemSource>();
        services.AddScoped<ArchivePackageBuilder>();
        services.AddScoped<ArchiveBuildJob>();
        services.AddSingleton<ArchiveBuildSignal>();
        services.AddHostedService<ArchiveBuildWorker>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ICommandLineVerb, VerifyArchiveVerb>());
        return services;
    }
}
