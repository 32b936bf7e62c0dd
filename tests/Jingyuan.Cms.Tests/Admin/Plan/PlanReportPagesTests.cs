using System.Net;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Progress;
using Jingyuan.Cms.Security;
using Jingyuan.Cms.Tests.Progress;
using Jingyuan.Cms.Tests.TestSupport;

namespace Jingyuan.Cms.Tests.Admin.Plan;

/// <summary>进度填报: a unit reports on its own tasks only; reviewers approve in the content admin.</summary>
public sealed class PlanReportPagesTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task An_editor_posting_against_a_task_of_another_unit_gets_403_and_nothing_is_written(TestDatabase database)
    {
        await using var site = new CmsWebFactory(database);
        var plan = await site.Plan2023Async();
        await site.CreateUserAsync("mzj", BuiltInRoles.DepartmentEditor, plan.CivilAffairs);
        using var editor = await site.LoginAsync("mzj");
        var url = $"/admin/plan/tasks/{plan.Task11.Id}/reports/new";

        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync(url)).StatusCode);
        var token = await editor.TokenFromAsync("/admin/plan/reports");
        var post = await editor.PostWithTokenAsync(url, token,
        [
            new("TargetId", plan.Transfer.Id.ToString()), new("PeriodKind", "month"), new("Month", "2023-05"),
            new("Value", "3999"), new("Narrative", "越权填报"), new("DepartmentId", plan.HumanResources.ToString()), new("command", "submit"),
        ]);

        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(0, await site.ReportCountAsync());
        // The list offers 民政局 only the tasks it leads or is responsible for.
        var list = await editor.GetPageAsync("/admin/plan/reports");
        Assert.DoesNotContain(url, list);
        Assert.Contains("进一步保障移民低收入人口帮扶权益", list); // task 21, led by 民政局
    }

    [Fact]
    public async Task The_lead_unit_reports_with_a_photo_and_submits_for_review_in_one_step()
    {
        await using var site = new CmsWebFactory();
        var plan = await site.Plan2023Async();
        await site.CreateUserAsync("rsj", BuiltInRoles.DepartmentEditor, plan.HumanResources);
        using var editor = await site.LoginAsync("rsj");
        var url = $"/admin/plan/tasks/{plan.Task11.Id}/reports/new";
        var form = await editor.GetPageAsync(url);
        Assert.Contains("转移就业", form);
        Assert.Contains("人社局", form);

        var response = await editor.PostMultipartAsync(url, url,
        [
            ("TargetId", plan.Transfer.Id.ToString()), ("PeriodKind", "quarter"), ("Quarter", "2"), ("Month", "2023-05"),
            ("Value", "2,100"), ("Narrative", "上半年转移就业2100人。"), ("command", "submit"),
        ], new PlanPages.Upload("Evidence", "招聘会现场.jpg", Security.UploadSamples.Jpeg(), "image/jpeg"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var reports = await site.ContentAsync(c => c.QueryAsync(new ContentQuery { ContentTypes = [ProgressReportType.Name] }));
        var report = Assert.Single(reports.Items);
        Assert.Equal(ContentStatus.Submitted, report.Status);
        Assert.Equal(plan.HumanResources, report.DepartmentId);
        Assert.Equal("rsj", report.Owner);
        Assert.Equal("2023-Q2", report.GetText(ProgressReportType.Period));
        Assert.Equal(2100m, report.GetNumber(ProgressReportType.Value));
        var photo = Assert.Single(report.GetFiles(ProgressReportType.Evidence));
        Assert.Equal("image/jpeg", photo.ContentType);
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync(photo.Url)).StatusCode);

        // Not approved yet: the figure on the reporting page is still empty.
        Assert.Null((await site.ProgressAsync())[plan.Transfer.Id].Achieved);
    }

    [Fact]
    public async Task Bad_input_shows_errors_next_to_the_fields_and_nothing_is_written()
    {
        await using var site = new CmsWebFactory();
        var plan = await site.Plan2023Async();
        await site.CreateUserAsync("rsj", BuiltInRoles.DepartmentEditor, plan.HumanResources);
        using var editor = await site.LoginAsync("rsj");
        var url = $"/admin/plan/tasks/{plan.Task11.Id}/reports/new";

        var missing = await editor.PostFormAsync(url, url, new()
        {
            ["TargetId"] = plan.Transfer.Id.ToString(), ["PeriodKind"] = "month", ["Month"] = "", ["Value"] = "很多", ["Narrative"] = "", ["command"] = "submit",
        });
        var html = await missing.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal("请选择月份", AdminPages.FieldError(html, "Period"));
        Assert.NotEqual("", AdminPages.FieldError(html, "Value"));
        Assert.Equal("请填写进展情况", AdminPages.FieldError(html, "Narrative"));

        var otherTasksTarget = await editor.PostMultipartAsync(url, url,
        [
            ("TargetId", plan.Target("2-new-cattle").Id.ToString()), ("PeriodKind", "month"), ("Month", "2022-12"),
            ("Value", "5"), ("Narrative", "错填"), ("command", "draft"),
        ], new PlanPages.Upload("Evidence", "说明.docx", [1, 2, 3]));
        html = await otherTasksTarget.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, otherTasksTarget.StatusCode);
        Assert.Contains("不属于任务11", AdminPages.FieldError(html, "TargetId"));
        Assert.Contains("2023", AdminPages.FieldError(html, "Period"));
        Assert.Contains("说明.docx", AdminPages.FieldError(html, "Evidence"));

        Assert.Equal(0, await site.ReportCountAsync());
    }

    [Fact]
    public async Task A_reviewer_approves_in_the_content_admin_and_the_figure_then_counts()
    {
        await using var site = new CmsWebFactory();
        var plan = await site.Plan2023Async();
        var draft = await site.DraftAsync(plan.Task11, plan.Transfer, "2023-06", 2300, plan.HumanResources);
        await site.ContentAsync(c => c.SubmitAsync(draft.ContentItemId));
        await site.CreateUserAsync("reviewer", BuiltInRoles.Reviewer);
        using var reviewer = await site.LoginAsync("reviewer");

        var page = await reviewer.GetPageAsync("/admin/plan/reports");
        Assert.Contains("/admin/content?type=ProgressReport&amp;status=Submitted", page);
        Assert.Contains("待审核 1 条", page);
        var queue = await reviewer.GetPageAsync("/admin/content?type=ProgressReport&status=Submitted");
        Assert.Contains("任务11 转移就业 2023-06", queue);

        var editUrl = $"/admin/content/{draft.ContentItemId}/edit";
        var publish = await reviewer.PostFormAsync(editUrl, $"/admin/content/{draft.ContentItemId}/publish", new());
        Assert.Equal(HttpStatusCode.Redirect, publish.StatusCode);

        Assert.Equal(2300m, (await site.ProgressAsync())[plan.Transfer.Id].Achieved);
        Assert.Contains("2300 人", await reviewer.GetPageAsync("/admin/plan/reports"));
    }

    [Fact]
    public async Task The_menu_and_dashboard_offer_reporting_to_editors_and_plan_management_to_managers()
    {
        await using var site = new CmsWebFactory();
        var plan = await site.Plan2023Async();
        await site.DraftAsync(plan.Task11, plan.Transfer, "2023-05", 100, plan.HumanResources);
        await site.CreateUserAsync("rsj", BuiltInRoles.DepartmentEditor, plan.HumanResources);
        using var editor = await site.LoginAsync("rsj");
        using var admin = await site.LoginAsync("admin");

        var editorHome = await editor.GetPageAsync("/admin");
        Assert.Contains("/admin/plan/reports", editorHome);
        Assert.DoesNotContain("href=\"/admin/plan/sites\"", editorHome);
        Assert.Contains("本单位草稿", editorHome);

        var adminHome = await admin.GetPageAsync("/admin");
        Assert.Contains("年度方案", adminHome);
        Assert.Contains("href=\"/admin/plan\"", adminHome);
        Assert.Contains("href=\"/admin/plan/sites\"", adminHome);
        Assert.Contains("待审核进度报告", adminHome);
    }
}
