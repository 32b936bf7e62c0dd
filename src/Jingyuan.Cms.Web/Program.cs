using Jingyuan.Cms;
using Jingyuan.Cms.Modules;
using Jingyuan.Cms.Web.Hosting;

// 1. Discover modules (refuses to start on a missing dependency or a cycle).
var modules = ModuleDiscovery.DiscoverReferenced();

// 2. Configure services: the core, the web layer, then each module's own.
var builder = WebApplication.CreateBuilder(args);
var dataFolder = builder.Configuration["DataFolder"] is { Length: > 0 } configured
    ? configured
    : Path.Combine(builder.Environment.ContentRootPath, "App_Data");
Directory.CreateDirectory(dataFolder);
builder.Services.AddCmsCore(builder.Configuration, dataFolder, modules);
builder.Services.AddCmsWeb(builder.Configuration, builder.Environment, modules);
// A disabled module's contributions are filtered out by the container itself (ModuleContributions).
var contributions = new ModuleContributions();
var validate = builder.Environment.IsDevelopment();
builder.Host.UseServiceProviderFactory(new ModuleServiceProviderFactory(contributions,
    new Microsoft.Extensions.DependencyInjection.ServiceProviderOptions { ValidateScopes = validate, ValidateOnBuild = validate }));
var startups = builder.Services.AddModuleStartups(modules, contributions);

var app = builder.Build();

// Command-line verbs (import / export / reindex) run and exit without serving.
if (await CommandLine.TryRunAsync(args, app.Services) is { } exitCode) return exitCode;

// 3. Prepare the database, then map endpoints.
await app.InitializeCmsAsync();
app.UseCmsPipeline();
app.MapCmsEndpoints(modules, startups);
app.ReportInsecureDeployment();

// 4. Run.
await app.RunAsync();
return 0;

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
