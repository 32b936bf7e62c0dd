using System.Net;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Jingyuan.Cms.Plan;
using Jingyuan.Cms.Recipes;
using Jingyuan.Cms.Security;
using Jingyuan.Cms.Tests.Progress;
using Jingyuan.Cms.Tests.TestSupport;
using Jingyuan.Cms.Web.Areas.Admin.Controllers;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace Jingyuan.Cms.Tests.Admin.Plan;

/// <summary>方案管理: years, copy, recipe import/export, chapters/tasks/targets, sites. Only plan managers get in.</summary>
public sealed class PlanAdminPagesTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task Copying_2023_to_2024_on_the_admin_page_leaves_2023_unchanged(TestDatabase database)
    {
        await using var site = new CmsWebFactory(database);
        var plan = await site.Plan2023Async();
        var before = await YearJsonAsync(site, 2023);
        using var admin = await site.LoginAsync("admin");

        var response = await admin.PostFormAsync("/admin/plan", "/admin/plan/copy",
            new() { ["Copy.FromYear"] = "2023", ["Copy.ToYear"] = "2024" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin/plan/2024", response.Headers.Location!.OriginalString);
        Assert.Equal(before, await YearJsonAsync(site, 2023));
        var copy = await site.InScopeAsync(sp => sp.GetRequiredService<IPlanStore>().GetYearAsync(2024));
        Assert.Equal(plan.Plan.Chapters.SelectMany(c => c.Tasks).Count(), copy!.Chapters.SelectMany(c => c.Tasks).Count());
        Assert.Contains("2024", copy.Title);
        Assert.Contains(copy.Title, await admin.GetPageAsync("/admin/plan/2024"));

        // Copying onto a year that exists is refused next to the field.
        var again = await admin.PostFormAsync("/admin/plan", "/admin/plan/copy",
            new() { ["Copy.FromYear"] = "2023", ["Copy.ToYear"] = "2024" });
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Equal("2024 年度已有计划", AdminPages.FieldError(await again.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), "Copy.ToYear"));
    }

    [Fact]
    public async Task Plan_admin_pages_are_forbidden_to_a_department_editor()
    {
        await using var site = new CmsWebFactory();
        var plan = await site.Plan2023Async();
        await site.CreateUserAsync("editor", BuiltInRoles.DepartmentEditor, plan.HumanResources);
        using var editor = await site.LoginAsync("editor");
        var chapterId = plan.Plan.Chapters[0].Id;

        foreach (var url in new[]
        {
            "/admin/plan", "/admin/plan/2023", "/admin/plan/2023/export", "/admin/plan/sites", "/admin/plan/sites/new",
            "/admin/plan/2023/chapters/new", $"/admin/plan/chapters/{chapterId}/edit", $"/admin/plan/tasks/{plan.Task11.Id}/edit",
            $"/admin/plan/targets/{plan.Transfer.Id}/edit",
        })
        {
            Assert.True(AdminPages.IsDenied(await editor.GetAsync(url)), url);
        }
        // The reporting page is the editor's; its token serves for the refused posts.
        var token = await editor.TokenFromAsync("/admin/plan/reports");
        var copy = await editor.PostWithTokenAsync("/admin/plan/copy", token, [new("Copy.FromYear", "2023"), new("Copy.ToYear", "2024")]);
        var delete = await editor.PostWithTokenAsync($"/admin/plan/tasks/{plan.Task11.Id}/delete", token, []);
        Assert.All([copy, delete], r => Assert.True(AdminPages.IsDenied(r)));
        Assert.Equal([2023], await site.InScopeAsync(sp => sp.GetRequiredService<IPlanStore>().ListYearsAsync()));
        Assert.NotNull(await site.InScopeAsync(sp => sp.GetRequiredService<IPlanStore>().GetTaskAsync(plan.Task11.Id)));
    }

    [Fact]
    public async Task A_recipe_with_errors_is_listed_by_json_path_and_nothing_is_imported()
    {
        await using var site = new CmsWebFactory();
        await site.Plan2023Async();
        var before = await YearJsonAsync(site, 2023);
        using var admin = await site.LoginAsync("admin");
        var recipe = JsonNode.Parse(RepoFiles.ReadSeed(SeededPlan.SeedFile))!;
        var planStep = recipe["steps"]![1]!;
        planStep["year"] = 2025;
        planStep["chapters"]![0]!["tasks"]![0]!["leadUnits"] = new JsonArray("不存在的局");
        var broken = recipe.ToJsonString();

        var response = await admin.PostMultipartAsync("/admin/plan", "/admin/plan/import", [],
            new PlanPages.Upload("recipe", "plan-2025.recipe.json", Encoding.UTF8.GetBytes(broken), "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("$.steps[1].chapters[0].tasks[0].leadUnits[0]", html);
        Assert.Contains("不存在的局", html);
        Assert.Equal([2023], await site.InScopeAsync(sp => sp.GetRequiredService<IPlanStore>().ListYearsAsync()));
        Assert.Equal(before, await YearJsonAsync(site, 2023));
    }

    [Fact]
    public async Task A_year_exports_as_a_recipe_the_importer_reads_and_a_new_year_imports_from_a_file()
    {
        await using var site = new CmsWebFactory();
        await site.Plan2023Async();
        using var admin = await site.LoginAsync("admin");

        var export = await admin.GetAsync("/admin/plan/2023/export");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("application/json", export.Content.Headers.ContentType!.MediaType);
        Assert.Equal("plan-2023.recipe.json", export.Content.Headers.ContentDisposition!.FileNameStar ?? export.Content.Headers.ContentDisposition.FileName);
        var json = await export.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal(2023, JsonDocument.Parse(json).RootElement.GetProperty("steps").EnumerateArray()
            .Single(s => s.GetProperty("name").GetString() == "Plan").GetProperty("year").GetInt32());

        var next = json.Replace("\"year\": 2023", "\"year\": 2025");
        var import = await admin.PostMultipartAsync("/admin/plan", "/admin/plan/import", [],
            new PlanPages.Upload("recipe", "plan-2025.recipe.json", Encoding.UTF8.GetBytes(next), "application/json"));
        Assert.Equal(HttpStatusCode.Redirect, import.StatusCode);
        Assert.Equal([2023, 2025], await site.InScopeAsync(sp => sp.GetRequiredService<IPlanStore>().ListYearsAsync()));
        var audited = Assert.Single(await site.AuditAsync(Jingyuan.Cms.Audit.AuditEvents.RecipeImported), e => e.Summary.Contains("2025"));
        Assert.Equal("admin", audited.UserName);
        Assert.Contains("plan-2025.recipe.json", audited.Summary);
    }

    [Fact]
    public async Task Chapters_tasks_and_targets_are_edited_with_errors_beside_their_fields()
    {
        await using var site = new CmsWebFactory();
        var plan = await site.Plan2023Async();
        using var admin = await site.LoginAsync("admin");

        var chapter = await admin.PostFormAsync("/admin/plan/2023/chapters/new", "/admin/plan/2023/chapters/new",
            new() { ["Number"] = "10", ["Title"] = "巩固拓展脱贫成果", ["Summary"] = "", ["ModuleId"] = "" });
        Assert.Equal(HttpStatusCode.Redirect, chapter.StatusCode);
        var duplicate = await admin.PostFormAsync("/admin/plan/2023/chapters/new", "/admin/plan/2023/chapters/new",
            new() { ["Number"] = "10", ["Title"] = "重复", ["ModuleId"] = "NoSuchModule" });
        var duplicateHtml = await duplicate.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);
        Assert.Contains("不存在", AdminPages.FieldError(duplicateHtml, "ModuleId"));

        var year = await site.InScopeAsync(sp => sp.GetRequiredService<IPlanStore>().GetYearAsync(2023));
        var newChapter = year!.Chapters.Single(c => c.Number == 10);
        var task = await admin.PostFieldsAsync($"/admin/plan/chapters/{newChapter.Id}/tasks/new", $"/admin/plan/chapters/{newChapter.Id}/tasks/new",
            ("Number", "30"), ("Title", "监测帮扶"), ("Text", "开展防返贫动态监测。"),
            ("LeadUnitIds", plan.HumanResources.ToString()), ("ResponsibleUnitIds", plan.CivilAffairs.ToString()),
            ("Places", "园子村\n大庄村"));
        Assert.Equal(HttpStatusCode.Redirect, task.StatusCode);
        var newTask = (await site.InScopeAsync(sp => sp.GetRequiredService<IPlanStore>().GetYearAsync(2023)))!
            .Chapters.Single(c => c.Number == 10).Tasks.Single();
        Assert.Equal([plan.HumanResources], newTask.LeadUnitIds);
        Assert.Equal(["园子村", "大庄村"], newTask.Places);

        var targetUrl = $"/admin/plan/tasks/{newTask.Id}/targets/new";
        var badKey = await admin.PostFormAsync(targetUrl, targetUrl, new()
        {
            ["Key"] = "Bad Key", ["Description"] = "监测户", ["Unit"] = "户", ["TargetValue"] = "120",
            ["Comparison"] = "AtLeast", ["Source"] = "Reported", ["SortOrder"] = "0",
        });
        Assert.Equal(HttpStatusCode.BadRequest, badKey.StatusCode);
        Assert.Contains("小写字母", AdminPages.FieldError(await badKey.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), "Key"));
        var good = await admin.PostFormAsync(targetUrl, targetUrl, new()
        {
            ["Key"] = "30-monitored", ["Description"] = "监测户", ["Unit"] = "户", ["TargetValue"] = "120",
            ["Comparison"] = "AtMost", ["Source"] = "Reported", ["SortOrder"] = "0",
        });
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        var page = await admin.GetPageAsync("/admin/plan/2023");
        Assert.Contains("30-monitored", page);
        Assert.Contains("不超过", page);
    }

    [Fact]
    public async Task A_task_or_target_with_progress_reports_cannot_be_deleted()
    {
        await using var site = new CmsWebFactory();
        var plan = await site.Plan2023Async();
        await site.DraftAsync(plan.Task11, plan.Transfer, "2023-05", 100, plan.HumanResources);
        using var admin = await site.LoginAsync("admin");
        var token = await admin.TokenFromAsync("/admin/plan/2023");

        await admin.PostWithTokenAsync($"/admin/plan/targets/{plan.Transfer.Id}/delete", token, []);
        await admin.PostWithTokenAsync($"/admin/plan/tasks/{plan.Task11.Id}/delete", token, []);
        var chapterOf11 = plan.Plan.Chapters.Single(c => c.Tasks.Any(t => t.Id == plan.Task11.Id));
        await admin.PostWithTokenAsync($"/admin/plan/chapters/{chapterOf11.Id}/delete", token, []);

        var task = await site.InScopeAsync(sp => sp.GetRequiredService<IPlanStore>().GetTaskAsync(plan.Task11.Id));
        Assert.NotNull(task);
        Assert.Contains(task.Targets, t => t.Id == plan.Transfer.Id);
        // A target nobody reported on goes.
        var delete = await admin.PostWithTokenAsync($"/admin/plan/targets/{plan.LabourMigrant.Id}/delete", token, []);
        Assert.Equal(HttpStatusCode.Redirect, delete.StatusCode);
        Assert.Null(await site.InScopeAsync(sp => sp.GetRequiredService<IPlanStore>().GetTargetAsync(plan.LabourMigrant.Id)));
    }

    [Fact]
    public async Task Sites_are_added_and_edited_with_their_leaders_per_year()
    {
        await using var site = new CmsWebFactory();
        await site.Plan2023Async();
        using var admin = await site.LoginAsync("admin");

        var create = await admin.PostFormAsync("/admin/plan/sites/new", "/admin/plan/sites/new", new()
        {
            ["Name"] = "新民安置区", ["Township"] = "香水镇", ["Village"] = "新民村", ["Kind"] = "Key", ["Notes"] = "",
            ["Leaders[0].Year"] = "2023", ["Leaders[0].Name"] = "张某", ["Leaders[0].Position"] = "县委常委",
            ["Leaders[1].Year"] = "", ["Leaders[1].Name"] = "", ["Leaders[1].Position"] = "",
        });
        Assert.Equal(HttpStatusCode.Redirect, create.StatusCode);
        var saved = (await site.InScopeAsync(sp => sp.GetRequiredService<IPlanStore>().ListSitesAsync())).Single(s => s.Name == "新民安置区");
        Assert.Equal(SiteKind.Key, saved.Kind);
        Assert.Equal("张某", Assert.Single(saved.Leaders).Name);

        var duplicate = await admin.PostFormAsync("/admin/plan/sites/new", "/admin/plan/sites/new",
            new() { ["Name"] = "新民安置区", ["Kind"] = "General", ["Leaders[0].Name"] = "李某" });
        var html = await duplicate.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);
        Assert.Contains("已有名为", AdminPages.FieldError(html, "Name"));
        Assert.Equal("请填写年度", AdminPages.FieldError(html, "Leaders[0].Year"));

        var editUrl = $"/admin/plan/sites/{saved.Id}/edit";
        var edit = await admin.PostFormAsync(editUrl, editUrl, new()
        {
            ["Name"] = "新民安置区", ["Township"] = "香水镇", ["Village"] = "新民村", ["Kind"] = "General",
            ["Leaders[0].Year"] = "2023", ["Leaders[0].Name"] = "张某", ["Leaders[0].Position"] = "县委常委", ["Leaders[0].Remove"] = "true",
            ["Leaders[1].Year"] = "2024", ["Leaders[1].Name"] = "王某", ["Leaders[1].Position"] = "副县长",
        });
        Assert.Equal(HttpStatusCode.Redirect, edit.StatusCode);
        saved = (await site.InScopeAsync(sp => sp.GetRequiredService<IPlanStore>().ListSitesAsync())).Single(s => s.Id == saved.Id);
        Assert.Equal(SiteKind.General, saved.Kind);
        Assert.Equal(["王某"], saved.Leaders.Select(l => l.Name));
        Assert.Contains("王某", await admin.GetPageAsync("/admin/plan/sites"));
        Assert.Equal(2, (await site.AuditAsync(Jingyuan.Cms.Audit.AuditEvents.PlanChanged)).Count(e => e.Summary.Contains("安置区「新民安置区」")));

        // Names shown on public pages refuse a right-to-left override, at the field, and nothing is saved.
        var spoofed = await admin.PostFormAsync("/admin/plan/sites/new", "/admin/plan/sites/new", new()
        {
            ["Name"] = "新民\u202E区置安", ["Kind"] = "General",
            ["Leaders[0].Year"] = "2023", ["Leaders[0].Name"] = "张\u200B某", ["Leaders[0].Position"] = "",
        });
        var spoofedHtml = await spoofed.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, spoofed.StatusCode);
        Assert.Contains("不可见的控制字符", AdminPages.FieldError(spoofedHtml, "Name"));
        Assert.Contains("不可见的控制字符", AdminPages.FieldError(spoofedHtml, "Leaders[0].Name"));
        Assert.DoesNotContain(await site.InScopeAsync(sp => sp.GetRequiredService<IPlanStore>().ListSitesAsync()), s => s.Name.StartsWith("新民\u202E", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_plan_controller_requires_its_permission()
    {
        var expected = new Dictionary<Type, string>
        {
            [typeof(PlanController)] = "ManagePlans", [typeof(PlanChaptersController)] = "ManagePlans",
            [typeof(PlanTasksController)] = "ManagePlans", [typeof(PlanTargetsController)] = "ManagePlans",
            [typeof(PlanSitesController)] = "ManagePlans", [typeof(PlanReportsController)] = "SubmitContent",
        };
        foreach (var (controller, permission) in expected)
        {
            Assert.Equal(RequirePermissionAttribute.PolicyPrefix + permission, controller.GetCustomAttribute<RequirePermissionAttribute>()?.Policy);
            Assert.DoesNotContain(controller.GetMethods(), m => m.GetCustomAttribute<AllowAnonymousAttribute>() is not null);
        }
    }

    private static Task<string> YearJsonAsync(CmsWebFactory site, int year) => site.InScopeAsync(async sp =>
        JsonSerializer.Serialize(await sp.GetRequiredService<IPlanStore>().GetYearAsync(year), RecipeJson.Options));
}
