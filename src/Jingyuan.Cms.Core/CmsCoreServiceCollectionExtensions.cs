using Jingyuan.Cms.Audit;
using Jingyuan.Cms.Chapters;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Data;
using Jingyuan.Cms.Departments;
using Jingyuan.Cms.Media;
using Jingyuan.Cms.Modules;
using Jingyuan.Cms.Navigation;
using Jingyuan.Cms.Notifications;
using Jingyuan.Cms.Plan;
using Jingyuan.Cms.Security;
using Jingyuan.Cms.Spreadsheets;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Jingyuan.Cms;

public static class CmsCoreServiceCollectionExtensions
{
    /// <summary>Everything the host implements for the abstractions: data, content, identity, audit, modules.</summary>
    public static IServiceCollection AddCmsCore(this IServiceCollection services, IConfiguration configuration,
        string dataFolder, IReadOnlyList<ModuleDescriptor> modules)
    {
        services.AddCmsDatabase(configuration, dataFolder);
        services.AddMemoryCache();
        services.AddHttpContextAccessor();
        services.AddSingleton(TimeProvider.System);

        services.AddSingleton<IAppDataFolder>(new AppDataFolder(dataFolder));
        var state = new ModuleState(modules);
        services.AddSingleton(state);
        services.AddSingleton<IModuleState>(state);
        services.AddScoped<ModuleManager>();
        services.TryAddSingleton(new ModuleContributions());
        services.AddScoped<Chapters.DeclaredRecordTypes>();
        services.AddHostedService<ModuleStateRefresher>();
        services.AddScoped<INavigationBuilder, NavigationBuilder>();

        services.AddSingleton<ISafeHtml, CmsHtmlPolicy>();
        services.AddScoped<ContentFieldValidator>();
        services.AddScoped<IContentDefinitionManager, ContentDefinitionManager>();
        services.AddSingleton<ContentDefinitionCache>();
        services.AddSingleton<Content.PersonalData.PersonalIndexKey>();
        services.AddSingleton<Content.PersonalData.PersonalDataProtector>();
        services.AddScoped<Content.PersonalData.PersonalDataEncryptor>();
        services.AddDataMigration<Content.PersonalData.PersonalDataMigrations>();
        services.AddScoped<IContentManager, ContentManager>();
        services.AddScoped<ReviewQueue>();
        services.AddScoped<IContentAuthorizer, ContentAuthorizer>();
        services.AddScoped<RecordTypeGrants>();
        services.AddScoped<People.PersonDirectory>();
        services.AddScoped<People.Demo.DemoLedgerSeeder>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ICommandLineVerb, People.Demo.SeedDemoVerb>());
        services.AddScoped<People.MonthlyLedgerReader>();
        services.AddScoped<People.IPersonLedgerGaps, People.PersonLedgerGaps>();
        services.AddScoped<IRecordTypeAccess>(sp => sp.GetRequiredService<RecordTypeGrants>());
        services.AddScoped<IIndexingTaskStore, IndexingTaskStore>();
        services.Configure<MediaOptions>(o => o.Root = Path.Combine(dataFolder, "media"));
        services.AddScoped<UploadInspector>();
        services.AddScoped<IMediaStore, MediaStore>();
        services.AddScoped<MediaUsageWriter>();
        services.AddDataMigration<MediaUsageBackfill>();
        services.AddScoped<MediaAccess>();
        services.AddScoped<UnusedMediaCleaner>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ICommandLineVerb, PurgeMediaVerb>());
        services.AddScoped<IDepartmentStore, DepartmentStore>();
        services.AddScoped<Time.IWorkingCalendar, Time.WorkingCalendar>();
        services.AddScoped<Time.WorkingCalendarEditor>();
        services.AddSingleton<Notices.IPublicityNoticeComposer, Notices.PublicityNoticeComposer>();

        services.AddScoped<IAuditTrail, AuditTrail>();
        services.AddScoped<AuditQuery>();
        services.AddScoped<ActingUser>();
        services.AddSingleton(AuditOptions.FromConfiguration(configuration));
        services.AddScoped<AuditVerifier>();
        services.AddScoped<AuditArchiver>();
        services.AddHostedService<AuditArchiveService>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ICommandLineVerb, VerifyAuditVerb>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ICommandLineVerb, ArchiveAuditVerb>());
        services.AddScoped<ICurrentUser, CurrentUser>();
        services.AddScoped<PermissionGrants>();
        services.AddDataMigration<DutySeparationMigration>();
        services.AddSingleton<IAuthorizationHandler, PermissionAuthorizationHandler>();
        services.AddSingleton<IAuthorizationPolicyProvider, PermissionPolicyProvider>();
        services.AddCmsIdentity(configuration);
        services.AddPlan();
        services.AddProgress();
        services.AddArchivePackages();
        services.AddScoped<Assessment.IAssessmentRounds, Assessment.AssessmentRounds>();
        services.AddScoped<TargetRuleSource>();
        services.AddScoped<RuleRecordLoader>();
        services.AddScoped<RuleExplainer>();
        services.AddScoped<TargetFigureStore>();
        services.AddScoped<AdminTargetRuleValidator>();
        services.AddScoped<AdminTargetRules>();
        services.AddContentHandler<TargetFigureHandler>();
        services.AddScoped<People.PublicTallyStore>();
        services.AddContentHandler<People.PublicTallyHandler>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ICommandLineVerb, RecomputeTargetsVerb>());
        services.AddScoped<RuleTargetCalculator>();
        services.AddScoped<ITargetCalculator>(sp => sp.GetRequiredService<RuleTargetCalculator>());
        services.AddSingleton<ChapterRecordUrls>();
        services.AddSingleton<IContentUrlProvider>(sp => sp.GetRequiredService<ChapterRecordUrls>());
        services.AddScoped<ContentSpreadsheetWriter>();
        services.AddScoped<ContentSpreadsheetImporter>();
        services.AddScoped<SpreadsheetPersonMatcher>();
        services.AddSingleton<SpreadsheetImportQueue>();
        services.AddScoped<SpreadsheetImportJobs>();
        services.AddHostedService<SpreadsheetImportWorker>();
        services.AddNotifications(configuration);
        services.AddScoped<CmsInitializer>();
        return services;
    }

    private static void AddCmsIdentity(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SecurityOptions>(configuration.GetSection(SecurityOptions.Section));
        services.AddSingleton<LoginThrottle>();
        services.AddScoped<PasswordSignInGuard>();
        services.AddScoped<UserSessions>();
        // The cookie keeps only a session id; the store comes from DI, so it is bound here rather than in the cookie options' lambda.
        services.AddSingleton<DbTicketStore>();
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<DbTicketStore>((o, store) => o.SessionStore = store);
        services.AddIdentity<CmsUser, CmsRole>(o =>
            {
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.Password.RequiredLength = 8;
                // The class rule (3 of 4) is PasswordClassesValidator's; Identity's fixed rules would demand all four.
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.User.RequireUniqueEmail = false;
            })
            .AddEntityFrameworkStores<CmsDbContext>()
            .AddDefaultTokenProviders()
            .AddUserStore<CmsUserStore>()
            .AddPasswordValidator<PasswordClassesValidator>()
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddClaimsPrincipalFactory<CmsClaimsPrincipalFactory>();
    }
}
