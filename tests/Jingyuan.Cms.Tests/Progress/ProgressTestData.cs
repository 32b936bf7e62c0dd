using Jingyuan.Cms.Modules;
using System.Security.Claims;
using System.Text.Json.Nodes;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Departments;
using Jingyuan.Cms.Plan;
using Jingyuan.Cms.Progress;
using Jingyuan.Cms.Recipes;
using Jingyuan.Cms.Security;
using Jingyuan.Cms.Tests.TestSupport;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Jingyuan.Cms.Tests.Progress;

/// <summary>
/// The 2023 plan as progress tests use it: task 11 (转移就业, reported) is led by 人社局;
/// 民政局 is neither lead nor responsible for it.
/// </summary>
public sealed record Plan2023(PlanYear Plan, PlanTask Task11, PlanTarget Transfer, PlanTarget LabourMigrant,
    int HumanResources, int CivilAffairs)
{
    public PlanTarget Target(string key) =>
        Plan.Chapters.SelectMany(c => c.Targets.Concat(c.Tasks.SelectMany(t => t.Targets))).Single(t => t.Key == key);

    public PlanTask Task(int number) => Plan.Chapters.SelectMany(c => c.Tasks).Single(t => t.Number == number);
}

internal static class ProgressTestData
{
    /// <summary>Works on a <see cref="CmsWebFactory"/> or on a factory derived from one.</summary>
    public static async Task<T> InScopeAsync<T>(this WebApplicationFactory<Program> site, Func<IServiceProvider, Task<T>> work)
    {
        using var scope = site.Services.CreateScope();
        return await work(scope.ServiceProvider);
    }

    public static Task<T> ContentAsync<T>(this WebApplicationFactory<Program> site, Func<IContentManager, Task<T>> work) =>
        site.InScopeAsync(sp => work(sp.GetRequiredService<IContentManager>()));

    /// <summary>The 2023 plan; imports the seed when first-start seeding has not (yet) done so.</summary>
    public static Task<Plan2023> Plan2023Async(this WebApplicationFactory<Program> site) => site.InScopeAsync(async sp =>
    {
        var plans = sp.GetRequiredService<IPlanStore>();
        if (await plans.GetYearAsync(2023) is null)
        {
            var result = await sp.GetRequiredService<RecipeImporter>().ImportFileAsync(RepoFiles.Seed(SeededPlan.SeedFile));
            Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        }
        // Task 11 is computed by the Employment module; these tests are about a unit reporting it by hand, as a
        // county without that module does.
        if (sp.GetRequiredService<IModuleState>().IsEnabled("Employment")) await sp.GetRequiredService<ModuleManager>().DisableAsync("Employment");
        var plan = (await plans.GetYearAsync(2023))!;
        var departments = sp.GetRequiredService<IDepartmentStore>();
        var task11 = plan.Chapters.SelectMany(c => c.Tasks).Single(t => t.Number == 11);
        return new Plan2023(plan, task11,
            task11.Targets.Single(t => t.Key == "11-transfer-employment"),
            task11.Targets.Single(t => t.Key == "11-labour-migrant-employment"),
            (await departments.FindByNameAsync("人社局"))!.Id,
            (await departments.FindByNameAsync("民政局"))!.Id);
    });

    /// <summary>A report saved as a draft by the system, for the department.</summary>
    public static Task<ContentItem> DraftAsync(this WebApplicationFactory<Program> site, PlanTask task, PlanTarget target,
        string period, decimal value, int departmentId, int year = 2023) =>
        site.ContentAsync(async c => await c.SaveDraftAsync(NewReport(await c.NewAsync(ProgressReportType.Name),
            task, target, period, value, departmentId, year), null));

    public static ContentItem NewReport(ContentItem item, PlanTask task, PlanTarget target, string period, decimal value,
        int departmentId, int year = 2023)
    {
        item.Year = year;
        item.DepartmentId = departmentId;
        item.Set(ProgressReportType.TaskId, JsonValue.Create((decimal)task.Id))
            .Set(ProgressReportType.TargetId, JsonValue.Create((decimal)target.Id))
            .Set(ProgressReportType.Period, JsonValue.Create(period))
            .Set(ProgressReportType.Value, JsonValue.Create(value))
            .Set(ProgressReportType.Narrative, JsonValue.Create($"截至{period}累计完成{value}。"));
        return item;
    }

    /// <summary>Drafted, submitted and approved (published) by the reviewer's path.</summary>
    public static async Task<ContentItem> ApprovedAsync(this WebApplicationFactory<Program> site, PlanTask task, PlanTarget target,
        string period, decimal value, int departmentId)
    {
        var draft = await site.DraftAsync(task, target, period, value, departmentId);
        await site.ContentAsync(c => c.SubmitAsync(draft.ContentItemId));
        return await site.ContentAsync(c => c.SubmitAndPublishAsync(draft.ContentItemId));
    }

    public static Task<IReadOnlyDictionary<int, TargetProgress>> ProgressAsync(this WebApplicationFactory<Program> site, int year = 2023) =>
        site.InScopeAsync(sp => sp.GetRequiredService<ITargetProgressService>().ForYearAsync(year));

    public static Task<int> ReportCountAsync(this WebApplicationFactory<Program> site) =>
        site.ContentAsync(async c => (await c.QueryAsync(new ContentQuery { ContentTypes = [ProgressReportType.Name], PageSize = 1 })).Total);

    /// <summary>A signed-in principal as the cookie handler builds it: name, role, department.</summary>
    public static ClaimsPrincipal User(string name, string role, int? departmentId) => new(new ClaimsIdentity(
        new[] { new Claim(ClaimTypes.Name, name), new Claim(ClaimTypes.Role, role) }
            .Concat(departmentId is { } d ? [new Claim(CmsClaimTypes.DepartmentId, d.ToString())] : []),
        "Test"));
}
