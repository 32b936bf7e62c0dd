using Jingyuan.Cms.Security;
using Jingyuan.Cms.Tests.Admin.Plan;
using Jingyuan.Cms.Tests.Infrastructure;
using Jingyuan.Cms.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Jingyuan.Cms.Tests.Browser;

/// <summary>
/// 2024's task 30 in a real browser: the administrator defines the 村集体经济收入台账 in the admin
/// (type, chapter 十, fields), previews and saves its two rules, a township editor records three villages (one under 10 万元),
/// the reviewer publishes them, and the public task page shows both figures with their explanations.
/// </summary>
public sealed class CollectiveIncomeRuleFlowTests
{
    private const string Editor = "xsz-income-editor";
    private const string Reviewer = "xczx-income-reviewer";

    [Fact]
    public async Task Admin_defined_rules_turn_three_villages_incomes_into_task_30s_figures()
    {
        await using var browser = await BrowserSession.StartAsync();
        await using var site = await BrowserSite.StartAsync();
        var baseUrl = BrowserSite.BaseUrl(site);
        var (incomeId, villagesId, _) = await site.WithServicesAsync(sp => AdminTargetRuleTests.PlanAsync(sp, withLedger: false));
        var township = await site.DepartmentAsync("香水镇");
        var coordinator = await site.DepartmentAsync("乡村振兴局");
        await site.CreateUserAsync(Editor, BuiltInRoles.DepartmentEditor, township.Id);
        await site.CreateUserAsync(Reviewer, BuiltInRoles.Reviewer, coordinator.Id);

        // 1. The administrator defines both rules, previewing the first.
        var admin = await browser.NewPageAsync(baseUrl: baseUrl);
        await admin.GotoAsync("/admin/login");
        await admin.FillAsync("#UserName", "admin");
        await admin.FillAsync("#Password", CmsWebFactory.AdminPassword);
        await admin.ClickAsync("button[type=submit]");
        await admin.WaitForURLAsync(url => !url.Contains("/admin/login", StringComparison.Ordinal));

        // 0. The administrator defines the ledger in the admin: the type, its chapter, its three fields.
        var ledger = AdminTargetRuleTests.Ledger;
        await admin.GotoAsync("/admin/content-types/create");
        await admin.FillAsync("#Name", ledger);
        await admin.FillAsync("#DisplayName", "村集体经济收入台账");
        await admin.ClickAsync("button:has-text('创建')");
        await admin.WaitForURLAsync($"**/admin/content-types/{ledger}/edit");
        await admin.FillAsync("#PlanChapter", "10");
        await admin.CheckAsync("#PublicVisible");
        await admin.ClickAsync("button.btn-primary:has-text('保存')");
        await admin.WaitForLoadStateAsync(LoadState.NetworkIdle);
        foreach (var (name, kind, label, unit) in new[] { ("Village", "Site", "村", ""), ("Income", "Number", "收入", "万元"), ("Source", "Text", "来源", "") })
        {
            await admin.GotoAsync($"/admin/content-types/{ledger}/fields/add");
            await admin.FillAsync("#Name", name);
            await admin.SelectOptionAsync("#Kind", kind);
            await admin.FillAsync("#Label", label);
            await admin.CheckAsync("#Required");
            await admin.CheckAsync("#Indexed");
            if (unit.Length > 0) await admin.FillAsync("#Unit", unit);
            await admin.ClickAsync("button:has-text('添加')");
            await admin.WaitForLoadStateAsync(LoadState.NetworkIdle);
            Assert.DoesNotContain("/fields/add", admin.Url);
        }
        await browser.SaveScreenshotAsync(admin, "collective-income-ledger-type");
        var defined = await site.WithServicesAsync(sp => sp.GetRequiredService<Jingyuan.Cms.Content.IContentDefinitionManager>().GetTypeAsync(ledger));
        Assert.Equal((10, true), (defined!.Type.PlanChapter, defined.Type.PublicVisible));
        Assert.Equal(["Village", "Income", "Source"], defined.Fields.Select(f => f.Name));

        await admin.GotoAsync($"/admin/plan/targets/{incomeId}/rule");
        await admin.SelectOptionAsync("#ContentType", AdminTargetRuleTests.Ledger);
        await admin.ClickAsync("button:has-text('预览')");
        await admin.SelectOptionAsync("#Kind", "Sum");
        await admin.SelectOptionAsync("#Field", "Income");
        await admin.ClickAsync("button:has-text('预览')");
        Assert.Contains("已发布村集体经济收入台账“收入”之和", await admin.InnerTextAsync("#rule-preview"));
        await admin.ClickAsync("button[value=save]");
        Assert.Contains("已保存", await admin.InnerTextAsync("main"));

        await admin.GotoAsync($"/admin/plan/targets/{villagesId}/rule");
        await admin.SelectOptionAsync("#ContentType", AdminTargetRuleTests.Ledger);
        await admin.ClickAsync("button:has-text('预览')");
        await admin.SelectOptionAsync("#Kind", "DistinctCount");
        await admin.SelectOptionAsync("#Field", "Village");
        await admin.SelectOptionAsync("select[name='Conditions[0].Field']", "Income");
        await admin.SelectOptionAsync("select[name='Conditions[0].Operator']", "AtLeast");
        await admin.FillAsync("input[name='Conditions[0].Value']", "10");
        await admin.ClickAsync("button:has-text('预览')");
        Assert.Contains("收入不低于10万元", await admin.InnerTextAsync("#rule-preview"));
        await admin.ClickAsync("button[value=save]");
        await browser.SaveScreenshotAsync(admin, "collective-income-rule");

        // 2. The township editor records three villages and submits them; the reviewer publishes.
        var editor = await browser.NewPageAsync(baseUrl: baseUrl);
        await BrowserSite.LoginAsync(editor, Editor);
        var reviewer = await browser.NewPageAsync(baseUrl: baseUrl);
        await BrowserSite.LoginAsync(reviewer, Reviewer);
        var index = 1;
        foreach (var income in new[] { "12", "15", "6" })
        {
            await editor.GotoAsync($"/admin/content/new/{AdminTargetRuleTests.Ledger}");
            await editor.FillAsync("#DisplayText", $"村集体经济收入{index}");
            await editor.FillAsync("#Year", "2024");
            await editor.SelectOptionAsync("#field-Village", new SelectOptionValue { Index = index++ });
            await editor.FillAsync("#field-Income", income);
            await editor.FillAsync("#field-Source", "光伏");
            await editor.ClickAsync("button[type=submit]:has-text('保存草稿')");
            await editor.WaitForLoadStateAsync(LoadState.NetworkIdle);
            Assert.EndsWith("/edit", editor.Url);
            var id = new Uri(editor.Url).Segments[^2].TrimEnd('/');
            await BrowserSite.ReviewActionAsync(editor, id, "提交审核");
            await BrowserSite.ReviewActionAsync(reviewer, id, "审核通过并发布");
        }

        // 3. The public page of task 30 shows both computed figures, explained.
        var visitor = await browser.NewPageAsync(baseUrl: baseUrl);
        await visitor.GotoAsync("/plan/2024/tasks/30");
        var main = await visitor.InnerTextAsync("main");
        Assert.Contains("已发布村集体经济收入台账“收入”之和（按已发布记录自动计算，当前 33万元，共 3 条记录）", main);
        Assert.Contains("（同一村只计一次）（按已发布记录自动计算，当前 2个，共 2 条记录）", main);
        await browser.SaveScreenshotAsync(visitor, "collective-income-task-30");
    }
}
