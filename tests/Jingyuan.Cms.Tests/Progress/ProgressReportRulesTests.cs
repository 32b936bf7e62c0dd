using Jingyuan.Cms.Content;
using Jingyuan.Cms.Progress;
using Jingyuan.Cms.Security;
using Jingyuan.Cms.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Jingyuan.Cms.Tests.Progress;

/// <summary>The rules of a progress report hold whoever writes it: the reporting service or the content manager.</summary>
public sealed class ProgressReportRulesTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task A_unit_that_is_neither_lead_nor_responsible_cannot_report_on_the_task(TestDatabase database)
    {
        await using var site = new CmsWebFactory(database);
        var plan = await site.Plan2023Async();

        // Through the content manager (any writer): refused by the handler, nothing stored.
        var refused = await Assert.ThrowsAsync<ContentValidationException>(() =>
            site.DraftAsync(plan.Task11, plan.Transfer, "2023-05", 900, plan.CivilAffairs));
        Assert.Contains(refused.Errors[""], m => m.Contains("不是任务11的牵头单位或责任单位"));

        // Through the reporting service as a 民政局 editor: forbidden before anything is read.
        var editor = ProgressTestData.User("mzj", BuiltInRoles.DepartmentEditor, plan.CivilAffairs);
        await Assert.ThrowsAsync<ProgressReportForbiddenException>(() => site.InScopeAsync(sp =>
            sp.GetRequiredService<ProgressReportService>().CreateAsync(editor, plan.Task11.Id, new ProgressReportInput
            {
                TargetId = plan.Transfer.Id, Period = "2023-05", Value = 900, Narrative = "冒报", Submit = true,
            })));

        Assert.Equal(0, await site.ReportCountAsync());
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task The_lead_unit_files_and_submits_a_report_in_one_step(TestDatabase database)
    {
        await using var site = new CmsWebFactory(database);
        var plan = await site.Plan2023Async();
        var editor = ProgressTestData.User("rsj", BuiltInRoles.DepartmentEditor, plan.HumanResources);

        var result = await site.InScopeAsync(sp => sp.GetRequiredService<ProgressReportService>().CreateAsync(editor, plan.Task11.Id,
            new ProgressReportInput
            {
                TargetId = plan.Transfer.Id, Period = "2023-q2", Value = 2100, Narrative = "上半年转移就业2100人。",
                DepartmentId = plan.CivilAffairs, // ignored: an editor always reports for their own unit
                Submit = true,
            }));

        var report = Assert.IsType<ContentItem>(result.Report);
        Assert.Equal(ContentStatus.Submitted, report.Status);
        Assert.Equal(plan.HumanResources, report.DepartmentId);
        Assert.Equal(2023, report.Year);
        Assert.Equal("2023-Q2", report.GetText(ProgressReportType.Period));
        Assert.Equal("任务11 转移就业 2023-Q2", report.DisplayText);
    }

    [Fact]
    public async Task The_target_must_belong_to_the_task_and_the_period_to_the_year()
    {
        await using var site = new CmsWebFactory();
        var plan = await site.Plan2023Async();
        var otherTask = plan.Task(12);

        var wrongTarget = await Assert.ThrowsAsync<ContentValidationException>(() =>
            site.DraftAsync(plan.Task11, plan.Target("12-skills-training"), "2023-05", 10, plan.HumanResources));
        Assert.Contains("该指标不属于任务11", wrongTarget.Errors[ProgressReportType.TargetId][0]);

        var wrongYear = await Assert.ThrowsAsync<ContentValidationException>(() =>
            site.DraftAsync(plan.Task11, plan.Transfer, "2024-05", 10, plan.HumanResources, year: 2024));
        Assert.True(wrongYear.Errors.ContainsKey(nameof(ContentItem.Year)));
        Assert.True(wrongYear.Errors.ContainsKey(ProgressReportType.Period));

        var badPeriod = await Assert.ThrowsAsync<ContentValidationException>(() =>
            site.DraftAsync(plan.Task11, plan.Transfer, "2023-13", 10, plan.HumanResources));
        Assert.Contains("2023-05", badPeriod.Errors[ProgressReportType.Period][0]);

        // A chapter-wide target (培训覆盖率) is reported under any task of its chapter.
        var chapterTarget = await site.DraftAsync(otherTask, plan.Target("c2-training-coverage"), "2023-06", 40, plan.HumanResources);
        Assert.Equal(ContentStatus.Draft, chapterTarget.Status);
        Assert.Equal(1, await site.ReportCountAsync());
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task An_approved_report_is_never_changed_a_correction_is_a_new_report(TestDatabase database)
    {
        await using var site = new CmsWebFactory(database);
        var plan = await site.Plan2023Async();
        var approved = await site.ApprovedAsync(plan.Task11, plan.Transfer, "2023-05", 1800, plan.HumanResources);

        var edit = await Assert.ThrowsAsync<ContentValidationException>(() => site.ContentAsync(async c =>
        {
            var latest = (await c.GetLatestAsync(approved.ContentItemId))!;
            latest.Set(ProgressReportType.Value, 2500m);
            return await c.SaveDraftAsync(latest, latest.ConcurrencyStamp);
        }));
        Assert.Equal(["已审核通过的进度数据不能修改；如需更正，请新建一条更正报告"], edit.Errors[""]);

        // Withdrawn by the reviewer, it is still not editable: the figure was once published.
        await site.ContentAsync(c => c.UnpublishAsync(approved.ContentItemId, "数据待核实"));
        await Assert.ThrowsAsync<ContentValidationException>(() => site.ContentAsync(async c =>
            await c.SaveDraftAsync((await c.GetLatestAsync(approved.ContentItemId))!, null)));

        var versions = await site.ContentAsync(c => c.GetVersionsAsync(approved.ContentItemId));
        Assert.Single(versions);
        Assert.Equal(1800m, versions[0].GetNumber(ProgressReportType.Value));
    }

    [Fact]
    public async Task An_approved_report_cannot_be_deleted_only_withdrawn()
    {
        await using var site = new CmsWebFactory();
        var plan = await site.Plan2023Async();
        var approved = await site.ApprovedAsync(plan.Task11, plan.Transfer, "2023-05", 1800, plan.HumanResources);

        await Assert.ThrowsAsync<ContentStateException>(() => site.ContentAsync(async c => { await c.DeleteAsync(approved.ContentItemId); return 0; }));

        Assert.NotNull(await site.ContentAsync(c => c.GetPublishedAsync(approved.ContentItemId)));
    }

    [Fact]
    public async Task Evidence_of_the_wrong_type_or_size_is_refused_before_anything_is_stored()
    {
        await using var site = new CmsWebFactory();
        var plan = await site.Plan2023Async();
        var editor = ProgressTestData.User("rsj", BuiltInRoles.DepartmentEditor, plan.HumanResources);
        Stream Open() => new MemoryStream([1, 2, 3]);

        var result = await site.InScopeAsync(sp => sp.GetRequiredService<ProgressReportService>().CreateAsync(editor, plan.Task11.Id,
            new ProgressReportInput
            {
                TargetId = plan.Transfer.Id, Period = "2023-05", Value = 100, Narrative = "有附件",
                Evidence = [new ReportUpload("现场.jpg", 3, Open), new ReportUpload("脚本.html", 3, Open),
                            new ReportUpload("大图.png", ProgressReportType.EvidenceMaxBytes + 1, Open)],
            }));

        Assert.False(result.Succeeded);
        // The name, the size and the bytes are each judged: three bytes are no JPEG whatever the name says.
        Assert.Equal(3, result.Errors[ProgressReportType.Evidence].Length);
        Assert.Equal(0, await site.ReportCountAsync());
    }
}
