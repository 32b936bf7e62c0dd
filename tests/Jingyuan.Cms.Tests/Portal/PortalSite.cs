using Jingyuan.Cms.Modules;
using System.Net;
using System.Text.Json.Nodes;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Departments;
using Jingyuan.Cms.Plan;
using Jingyuan.Cms.Progress;
using Jingyuan.Cms.Recipes;
using Jingyuan.Cms.Security;
using Jingyuan.Cms.Tests.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Jingyuan.Cms.Tests.Portal;

/// <summary>What becomes of a progress report a test files.</summary>
public enum ReportFate { Draft, Submitted, Rejected, Approved, Withdrawn }

/// <summary>
/// A site with the 2023 plan (seeded on start, or imported here), optionally on a fixed clock, and
/// helpers to file progress reports the way the reporting form stores them.
/// </summary>
internal sealed class PortalSite : IAsyncDisposable
{
    /// <summary>Personal details written into every test report's narrative: they must never reach a public page.</summary>
    public const string PersonalName = "马小花";
    public const string PersonalPhone = "13995412345";

    private PortalSite(CmsWebFactory root, WebApplicationFactory<Program> factory)
    {
        Root = root;
        Factory = factory;
    }

    public CmsWebFactory Root { get; }

    /// <summary>
    /// The factory requests go to: the root, or the root with a fake clock. Use only this one: starting
    /// the root as well would run a second site on the same data folder.
    /// </summary>
    public WebApplicationFactory<Program> Factory { get; }

    /// <param name="configure">More host configuration; like <paramref name="clock"/>, makes a derived factory.</param>
    /// <param name="prepare">Runs on the factory before it starts (e.g. <c>f =&gt; f.UseKestrel(0)</c>).</param>
    public static async Task<PortalSite> StartAsync(TestDatabase database = TestDatabase.Sqlite, TimeProvider? clock = null,
        Action<IWebHostBuilder>? configure = null, Action<WebApplicationFactory<Program>>? prepare = null)
    {
        var root = new CmsWebFactory(database);
        WebApplicationFactory<Program> factory = clock is null && configure is null
            ? root
            : root.WithWebHostBuilder(b =>
            {
                if (clock is not null) b.ConfigureServices(s => s.AddSingleton<TimeProvider>(clock));
                configure?.Invoke(b);
            });
        prepare?.Invoke(factory);
        var site = new PortalSite(root, factory);
        await site.WithServicesAsync(async sp =>
        {
            // The host may already have imported the seed on first start; otherwise import it here.
            if (await sp.GetRequiredService<IPlanStore>().GetYearAsync(2023) is null)
            {
                var result = await sp.GetRequiredService<RecipeImporter>().ImportFileAsync(RepoFiles.Seed(SeededPlan.SeedFile));
                Assert.True(result.Succeeded, string.Join("\n", result.Errors));
            }
            return true;
        });
        return site;
    }

    public async Task<T> WithServicesAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        using var scope = Factory.Services.CreateScope();
        return await work(scope.ServiceProvider);
    }

    public HttpClient Client() =>
        Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public async Task<string> GetPageAsync(string url)
    {
        using var client = Client();
        var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} answered {(int)response.StatusCode}: {body[..Math.Min(500, body.Length)]}");
        return body;
    }

    public Task<PlanYear> PlanAsync(int year = 2023) =>
        WithServicesAsync(async sp => await sp.GetRequiredService<IPlanStore>().GetYearAsync(year)
            ?? throw new InvalidOperationException($"no plan {year}"));

    public async Task<PlanTask> TaskAsync(int number) =>
        (await PlanAsync()).Chapters.SelectMany(c => c.Tasks).Single(t => t.Number == number);

    public Task<Department> DepartmentAsync(string name) =>
        WithServicesAsync(async sp => await sp.GetRequiredService<IDepartmentStore>().FindByNameAsync(name)
            ?? throw new InvalidOperationException($"no department {name}"));

    /// <summary>
    /// Tasks 11–13 are computed by the Employment module; a county without it reports them by hand, which is
    /// what report tests on task 11 exercise: the module is switched off first.
    /// </summary>
    public Task ReportEmploymentByHandAsync() => WithServicesAsync(async sp =>
    {
        if (sp.GetRequiredService<IModuleState>().IsEnabled("Employment")) await sp.GetRequiredService<ModuleManager>().DisableAsync("Employment");
        return true;
    });

    /// <summary>Files a report on a task's target (by its description) and takes it as far as <paramref name="fate"/>.</summary>
    public async Task<ContentItem> ReportAsync(int taskNumber, string target, string period, decimal value, ReportFate fate,
        string department = "农业农村局", IReadOnlyList<StoredFile>? evidence = null)
    {
        if (taskNumber is >= 11 and <= 13) await ReportEmploymentByHandAsync();
        var task = await TaskAsync(taskNumber);
        var planTarget = task.Targets.Single(t => t.Description == target);
        var unit = await DepartmentAsync(department);
        return await WithServicesAsync(async sp =>
        {
            var contents = sp.GetRequiredService<IContentManager>();
            var item = await contents.NewAsync(ProgressReportType.Name);
            item.Year = 2023;
            item.DepartmentId = unit.Id;
            item.Set(ProgressReportType.TaskId, JsonValue.Create((decimal)task.Id))
                .Set(ProgressReportType.TargetId, JsonValue.Create((decimal)planTarget.Id))
                .Set(ProgressReportType.Period, JsonValue.Create(period))
                .Set(ProgressReportType.Value, JsonValue.Create(value))
                .Set(ProgressReportType.Narrative, JsonValue.Create($"{target}进展顺利。联系人：{PersonalName}，电话{PersonalPhone}。"));
            if (evidence is { Count: > 0 }) item.Set(ProgressReportType.Evidence, new JsonArray([.. evidence.Select(f => (JsonNode)f.ToJson())]));
            item = await contents.SaveDraftAsync(item, null);
            if (fate == ReportFate.Draft) return item;
            item = await contents.SubmitAsync(item.ContentItemId);
            return fate switch
            {
                ReportFate.Submitted => item,
                ReportFate.Rejected => await contents.RejectAsync(item.ContentItemId, "数据与台账不符"),
                ReportFate.Approved => await contents.SubmitAndPublishAsync(item.ContentItemId),
                _ => await WithdrawAsync(contents, item.ContentItemId),
            };
        });
    }

    private static async Task<ContentItem> WithdrawAsync(IContentManager contents, string id)
    {
        await contents.SubmitAndPublishAsync(id);
        return await contents.UnpublishAsync(id, "数据有误，撤回核实");
    }

    /// <summary>A user in a role and department (password <see cref="CmsWebFactory.UserPassword"/>).</summary>
    public Task<CmsUser> CreateUserAsync(string userName, string role, int? departmentId) => WithServicesAsync(async sp =>
    {
        var users = sp.GetRequiredService<UserManager<CmsUser>>();
        var user = new CmsUser { UserName = userName, DisplayName = userName, DepartmentId = departmentId };
        var result = await users.CreateAsync(user, CmsWebFactory.UserPassword);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
        await users.AddToRoleAsync(user, role);
        return user;
    });

    public Task<StoredFile> SavePhotoAsync(string fileName = "evidence.png") => TestImages.UploadAsync(Factory, fileName, 32, 24);

    public async ValueTask DisposeAsync()
    {
        if (!ReferenceEquals(Factory, Root)) await Factory.DisposeAsync();
        await Root.DisposeAsync();
    }
}
