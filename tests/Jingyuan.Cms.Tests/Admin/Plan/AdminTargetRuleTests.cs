using System.Net;
using Jingyuan.Cms.Audit;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Data;
using Jingyuan.Cms.Departments;
using Jingyuan.Cms.Plan;
using Jingyuan.Cms.Recipes;
using Jingyuan.Cms.Tests.Modules.Industry;
using Jingyuan.Cms.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jingyuan.Cms.Tests.Admin.Plan;

/// <summary>
/// 2024's chapter 十、壮大村集体经济: an admin-defined ledger type and two rules defined in the admin
/// (a sum, and a distinct count with a numeric condition) give task 30's public page its figures.
/// </summary>
public sealed class AdminTargetRuleTests
{
    public const string Ledger = "VillageCollectiveIncome";

    [Fact]
    public async Task Rules_defined_in_the_admin_compute_task_30_of_2024_from_an_admin_defined_ledger()
    {
        await using var site = new CmsWebFactory();
        await IndustryTestData.SeedPlanAsync(site);
        var (incomeId, villagesId, sites) = await PlanAndLedgerAsync(site);
        await PublishIncomeAsync(site, sites[0], 12m);
        await PublishIncomeAsync(site, sites[1], 15m);

        using var admin = await site.LoginAsync("admin");
        var rulePage = $"/admin/plan/targets/{incomeId}/rule";
        // Preview: computed and explained, nothing stored.
        var preview = await admin.PostFormAsync(rulePage, rulePage, new() { ["ContentType"] = Ledger, ["Kind"] = "Sum", ["Field"] = "Income", ["intent"] = "preview" });
        var previewHtml = await preview.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Contains("2024年当前 27万元，共 2 条记录", previewHtml);
        Assert.Contains("已发布村集体经济收入台账“收入”之和", previewHtml);
        Assert.Equal(0, await site.WithServicesAsync(sp => sp.GetRequiredService<CmsDbContext>().Set<AdminTargetRuleRecord>().CountAsync()));

        // A bad field is refused with its reason; then both rules are saved.
        var bad = await admin.PostFormAsync(rulePage, rulePage, new() { ["ContentType"] = Ledger, ["Kind"] = "Sum", ["Field"] = "Source", ["intent"] = "save" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("字段“来源”须为数字字段", await bad.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync(rulePage, rulePage,
            new() { ["ContentType"] = Ledger, ["Kind"] = "Sum", ["Field"] = "Income", ["intent"] = "save" })).StatusCode);
        var villagesPage = $"/admin/plan/targets/{villagesId}/rule";
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync(villagesPage, villagesPage, new()
        {
            ["ContentType"] = Ledger, ["Kind"] = "DistinctCount", ["Field"] = "Village",
            ["Conditions[0].Field"] = "Income", ["Conditions[0].Operator"] = "AtLeast", ["Conditions[0].Value"] = "10", ["intent"] = "save",
        })).StatusCode);

        // The third village, under 10 万元, is published after the rules exist.
        await PublishIncomeAsync(site, sites[2], 6m);

        var task = await site.AnonymousClient().GetPageAsync("/plan/2024/tasks/30");
        Assert.Contains("已发布村集体经济收入台账“收入”之和（按已发布记录自动计算，当前 33万元，共 3 条记录）", task);
        Assert.Contains("收入不低于10万元的已发布村集体经济收入台账涉及的“村”个数（同一村只计一次）（按已发布记录自动计算，当前 2个，共 2 条记录）", task);
        var audited = await site.WithServicesAsync(sp => sp.GetRequiredService<CmsDbContext>().Set<AuditEventRecord>()
            .Where(e => e.EventName == AuditEvents.TargetRuleChanged).ToListAsync());
        Assert.Equal(2, audited.Count);
        Assert.All(audited, e => Assert.Equal("admin", e.UserName));
    }

    [Fact]
    public async Task A_key_a_chapter_module_computes_cannot_get_a_second_rule_and_editors_cannot_open_the_page()
    {
        await using var site = new CmsWebFactory();
        await IndustryTestData.SeedPlanAsync(site);
        var cattle = await site.WithServicesAsync(async sp => (await sp.GetRequiredService<IPlanStore>().GetYearAsync(2023))!
            .Chapters.SelectMany(c => c.Tasks).SelectMany(t => t.Targets).Single(t => t.Key == "2-new-cattle").Id);
        using var admin = await site.LoginAsync("admin");
        var page = $"/admin/plan/targets/{cattle}/rule";
        var refused = await admin.PostFormAsync(page, page, new() { ["ContentType"] = "IndustryProject", ["Kind"] = "Count", ["intent"] = "save" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("已由章节模块的规则计算", await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        var unit = await site.WithServicesAsync(async sp => (await sp.GetRequiredService<IDepartmentStore>().ListAsync()).First().Id);
        await site.CreateUserAsync("editor", Jingyuan.Cms.Security.BuiltInRoles.DepartmentEditor, unit);
        using var editor = await site.LoginAsync("editor");
        Assert.NotEqual(HttpStatusCode.OK, (await editor.GetAsync(page)).StatusCode);
    }

    /// <summary>The 2024 plan's chapter 十 with task 30 and its two targets, and the admin-defined ledger type.</summary>
    private static Task<(int Income, int Villages, IReadOnlyList<int> Sites)> PlanAndLedgerAsync(CmsWebFactory site) =>
        site.WithServicesAsync(PlanAndLedgerAsync);

    public static Task<(int Income, int Villages, IReadOnlyList<int> Sites)> PlanAndLedgerAsync(IServiceProvider sp) => PlanAsync(sp, withLedger: true);

    /// <summary>The 2024 plan with chapter 十 and task 30's two computed targets (and, unless the test builds it, the ledger).</summary>
    public static async Task<(int Income, int Villages, IReadOnlyList<int> Sites)> PlanAsync(IServiceProvider sp, bool withLedger)
    {
        var recipe = """
            { "name": "plan-2024", "displayName": "2024", "steps": [ { "name": "Plan", "year": 2024, "title": "泾源县移民致富提升行动2024年实施方案",
              "issuedBy": "县政府办公室", "issuedOn": "2024-03-01", "chapters": [ { "number": 10, "title": "壮大村集体经济", "targets": [],
                "tasks": [ { "number": 30, "title": "发展壮大村集体经济", "text": "村集体经济收入稳步增长。", "leadUnits": ["农业农村局"], "responsibleUnits": ["@乡镇"], "targets": [
                  { "key": "30-collective-income", "description": "村集体经济总收入", "unit": "万元", "value": 30, "comparison": "AtLeast", "source": "Computed" },
                  { "key": "30-villages-10k", "description": "村集体经济收入10万元以上的村", "unit": "个", "value": 2, "comparison": "AtLeast", "source": "Computed" } ] } ] } ] } ] }
            """;
        var imported = await sp.GetRequiredService<RecipeImporter>().ImportAsync(recipe);
        Assert.True(imported.Succeeded, string.Join("\n", imported.Errors));
        if (withLedger) await DefineLedgerAsync(sp);
        return await TargetsAndSitesAsync(sp);
    }

    /// <summary>The ledger as the browser test builds it in the admin's content type pages.</summary>
    private static async Task DefineLedgerAsync(IServiceProvider sp)
    {
        var definitions = sp.GetRequiredService<IContentDefinitionManager>();
        await definitions.SaveTypeAsync(new ContentTypeDefinition { Name = Ledger, DisplayName = "村集体经济收入台账", Parts = [Ledger], PlanChapter = 10 });
        await definitions.SavePartAsync(new ContentPartDefinition
        {
            Name = Ledger, DisplayName = "村集体经济收入台账",
            Fields =
            [
                new() { Name = "Village", Label = "村", Kind = FieldKind.Site, Required = true, Settings = new() { Indexed = true } },
                new() { Name = "Income", Label = "收入", Kind = FieldKind.Number, Required = true, Order = 1, Settings = new() { Indexed = true, Unit = "万元" } },
                new() { Name = "Source", Label = "来源", Kind = FieldKind.Text, Order = 2, Settings = new() { Indexed = true } },
            ],
        });
    }

    /// <summary>The ids of task 30's two targets and of three resettlement sites.</summary>
    public static async Task<(int Income, int Villages, IReadOnlyList<int> Sites)> TargetsAndSitesAsync(IServiceProvider sp)
    {
        var plans = sp.GetRequiredService<IPlanStore>();
        var targets = (await plans.GetYearAsync(2024))!.Chapters.SelectMany(c => c.Tasks).SelectMany(t => t.Targets).ToList();
        var sites = (await plans.ListSitesAsync()).Select(s => s.Id).Take(3).ToList();
        return (targets.Single(t => t.Key == "30-collective-income").Id, targets.Single(t => t.Key == "30-villages-10k").Id, (IReadOnlyList<int>)sites);
    }

    /// <summary>A township's income record of 2024, submitted and published.</summary>
    private static async Task PublishIncomeAsync(CmsWebFactory site, int siteId, decimal income)
    {
        var township = await site.WithServicesAsync(async sp =>
            (await sp.GetRequiredService<IDepartmentStore>().ListAsync()).First(d => d.Name.EndsWith("镇") || d.Name.EndsWith("乡")).Id);
        var saved = await site.WithContentAsync(async c =>
        {
            var item = await c.NewAsync(Ledger);
            item.DisplayText = $"村集体经济收入 {siteId}";
            item.Year = 2024;
            item.DepartmentId = township;
            item.Set("Village", siteId.ToString()).Set("Income", income).Set("Source", "光伏");
            return await c.SaveDraftAsync(item, null);
        });
        await site.WithContentAsync(c => c.SubmitAndPublishAsync(saved.ContentItemId));
    }
}
