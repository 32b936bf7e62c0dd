using System.Net;
using System.Text.Json.Nodes;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Progress;
using Jingyuan.Cms.Security;
using Jingyuan.Cms.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Jingyuan.Cms.Tests.Progress;

/// <summary>
/// A task without a figure to report (task 16 has only an implied milestone) still reports: a narrative,
/// with no target and no figure, approved like any report and shown on the task's public page.
/// </summary>
public sealed class NarrativeReportTests
{
    private const string Narrative = "泾河社区日间照料中心3月起试运行，老饭桌每日供餐。";

    [Fact]
    public async Task A_narrative_report_for_task_16_is_submitted_approved_and_shown_with_its_unit_on_the_task_page()
    {
        await using var site = new CmsWebFactory();
        var plan = await site.Plan2023Async();
        var task16 = plan.Task(16);
        var civilAffairs = plan.CivilAffairs; // 民政局 leads task 16
        await site.CreateUserAsync("mzj", BuiltInRoles.DepartmentEditor, civilAffairs);
        using var editor = await site.LoginAsync("mzj");
        var url = $"/admin/plan/tasks/{task16.Id}/reports/new";
        Assert.Contains(url, await editor.GetPageAsync("/admin/plan/reports"));

        var posted = await editor.PostFormAsync(url, url, new()
        {
            ["TargetId"] = "", ["PeriodKind"] = "month", ["Month"] = "2023-03", ["Value"] = "",
            ["Narrative"] = Narrative, ["command"] = "submit",
        });
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var report = Assert.Single((await site.ContentAsync(c => c.QueryAsync(new ContentQuery { ContentTypes = [ProgressReportType.Name] }))).Items);
        Assert.Equal(ContentStatus.Submitted, report.Status);
        Assert.Null(report.GetNumber(ProgressReportType.TargetId));
        Assert.Null(report.GetNumber(ProgressReportType.Value));
        Assert.Equal("任务16 进展情况 2023-03", report.DisplayText);

        using var anonymous = new TestClient(site.CreateClient());
        Assert.DoesNotContain(Narrative, await anonymous.GetPageAsync("/plan/2023/tasks/16"));

        await site.CreateUserAsync("reviewer", BuiltInRoles.Reviewer);
        using var reviewer = await site.LoginAsync("reviewer");
        var publish = await reviewer.PostFormAsync($"/admin/content/{report.ContentItemId}/edit", $"/admin/content/{report.ContentItemId}/publish", new());
        Assert.Equal(HttpStatusCode.Redirect, publish.StatusCode);

        var page = await anonymous.GetPageAsync("/plan/2023/tasks/16");
        Assert.Contains(Narrative, page);
        Assert.Contains("工作进展", page);
        Assert.Contains("2023年3月", page);
        Assert.Contains("民政局", page[page.IndexOf(Narrative, StringComparison.Ordinal)..]);
        Assert.Matches(@"<time datetime=""\d{4}-\d{2}-\d{2}", page[page.IndexOf(Narrative, StringComparison.Ordinal)..]);
        // The implied milestone is labelled as the county's reading, not a figure of the plan.
        Assert.Contains("泾河社区服务功能启动运营", page);
        Assert.Contains("（依据方案文字设定，非方案原文指标）", page);
    }

    [Fact]
    public async Task A_figure_needs_its_target_and_a_target_needs_its_figure()
    {
        await using var site = new CmsWebFactory();
        var plan = await site.Plan2023Async();
        var figureOnly = await site.ContentAsync(async c => await c.ValidateAsync(Report(await c.NewAsync(ProgressReportType.Name), plan.Task11, null, 5m, plan.HumanResources)));
        Assert.Contains("文字进展报告不填完成值", Assert.Single(figureOnly[ProgressReportType.Value]));
        var targetOnly = await site.ContentAsync(async c => await c.ValidateAsync(Report(await c.NewAsync(ProgressReportType.Name), plan.Task11, plan.Transfer.Id, null, plan.HumanResources)));
        Assert.Equal("请填写累计完成值", Assert.Single(targetOnly[ProgressReportType.Value]));
        var narrative = await site.ContentAsync(async c => await c.ValidateAsync(Report(await c.NewAsync(ProgressReportType.Name), plan.Task11, null, null, plan.HumanResources)));
        Assert.Empty(narrative);
    }

    [Fact]
    public async Task Validating_changes_nothing_deriving_normalizes_and_names_the_report()
    {
        await using var site = new CmsWebFactory();
        var plan = await site.Plan2023Async();
        await site.InScopeAsync(async sp =>
        {
            var handler = ActivatorUtilities.CreateInstance<ProgressReportHandler>(sp);
            var item = Report(await sp.GetRequiredService<IContentManager>().NewAsync(ProgressReportType.Name), plan.Task(16), null, null, plan.CivilAffairs);
            item.Set(ProgressReportType.TaskId, JsonValue.Create(plan.Task(16).Id)); // an int, as an import may write it
            var before = item.Data.ToJsonString();
            await handler.ValidatingAsync(item, new Dictionary<string, string[]>());
            Assert.Equal(before, item.Data.ToJsonString());
            Assert.Equal("", item.DisplayText);

            await handler.DerivingAsync(item);
            Assert.Equal("任务16 进展情况 2023-03", item.DisplayText);
            Assert.Equal(JsonValue.Create((decimal)plan.Task(16).Id).ToJsonString(), item.Data[ProgressReportType.TaskId]!.ToJsonString());
            return 0;
        });
    }

    private static ContentItem Report(ContentItem item, Jingyuan.Cms.Plan.PlanTask task, int? targetId, decimal? value, int department)
    {
        item.Year = 2023;
        item.DepartmentId = department;
        item.Set(ProgressReportType.TaskId, JsonValue.Create((decimal)task.Id))
            .Set(ProgressReportType.TargetId, targetId is { } t ? JsonValue.Create((decimal)t) : null)
            .Set(ProgressReportType.Period, JsonValue.Create("2023-03"))
            .Set(ProgressReportType.Value, value is { } v ? JsonValue.Create(v) : null)
            .Set(ProgressReportType.Narrative, JsonValue.Create(Narrative));
        return item;
    }
}
