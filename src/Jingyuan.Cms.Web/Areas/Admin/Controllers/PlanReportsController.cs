using Jingyuan.Cms.Content;
using Jingyuan.Cms.Data;
using Jingyuan.Cms.Departments;
using Jingyuan.Cms.Plan;
using Jingyuan.Cms.Progress;
using Jingyuan.Cms.Security;
using Jingyuan.Cms.Time;
using Jingyuan.Cms.Web.Areas.Admin.Models;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Jingyuan.Cms.Web.Areas.Admin.Controllers;

/// <summary>
/// 进度填报: a unit reports the cumulative figures of the tasks it leads or is responsible for;
/// reviewers see every task. Review itself happens in the generic content admin.
/// </summary>
[Area("Admin")]
[Route("admin/plan")]
[RequirePermission("SubmitContent")]
public sealed class PlanReportsController(
    CmsDbContext db,
    IPlanStore plans,
    ITargetProgressService progress,
    ProgressReportService reporting,
    ProgressReportQueries reports,
    IDepartmentStore departments,
    IEnumerable<ITargetCalculator> calculators,
    IAuthorizationService authorization,
    TimeProvider clock,
    IStringLocalizer<PlanReportsController> T) : Controller
{
    private const long MaxUploadBytes = ProgressReportType.EvidenceMaxFiles * ProgressReportType.EvidenceMaxBytes + 1024 * 1024;

    [HttpGet("reports")]
    public async Task<IActionResult> Index(int? year)
    {
        var years = await plans.ListYearsAsync();
        var selected = year is { } y && years.Contains(y) ? y : years.Count == 0 ? (int?)null : years[^1];
        var plan = selected is { } s ? await plans.GetYearAsync(s) : null;
        var scope = await reporting.FixedDepartmentAsync(User);
        var canReview = (await authorization.AuthorizeAsync(User, RequirePermissionAttribute.PolicyPrefix + StandardPermissions.ReviewContent.Name)).Succeeded;
        return View(new PlanReportsViewModel
        {
            Year = plan?.Year ?? 0,
            Years = years,
            Tasks = plan is null ? [] : ReportableTask.OfYear(plan).Where(t => scope is not { } d || t.Task.IsUnitInvolved(d)).ToList(),
            Progress = plan is null ? new Dictionary<int, TargetProgress>() : await progress.ForYearAsync(plan.Year),
            DepartmentNames = (await departments.ListAsync()).ToDictionary(d => d.Id, d => d.Name),
            DepartmentId = scope,
            CanReview = canReview,
            AwaitingReview = await reports.CountAsync(ContentStatus.Submitted, scope),
        });
    }

    [HttpGet("tasks/{taskId:int}/reports/new")]
    public async Task<IActionResult> Create(int taskId)
    {
        var task = await ReportableTask.LoadAsync(db, taskId);
        if (task is null) return NotFound();
        if (!await reporting.CanReportAsync(User, task)) return Forbid();
        return View(await WithOptionsAsync(new PlanReportForm(), task));
    }

    [HttpPost("tasks/{taskId:int}/reports/new")]
    [RequestSizeLimit(MaxUploadBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = MaxUploadBytes)]
    public async Task<IActionResult> Create(int taskId, PlanReportForm form, List<IFormFile>? evidence, string? command)
    {
        var task = await ReportableTask.LoadAsync(db, taskId);
        if (task is null) return NotFound();
        // Refused before anything is read or written: the unit is not lead or responsible for the task.
        if (!await reporting.CanReportAsync(User, task)) return Forbid();

        var period = form.Period(task.Year);
        if (string.IsNullOrWhiteSpace(period))
            ModelState.AddModelError("Period", form.PeriodKind == "quarter" ? T["请选择季度"] : T["请选择月份"]);
        if (ModelState.IsValid)
        {
            var uploads = (evidence ?? []).Where(f => f.Length > 0 || f.FileName.Length > 0)
                .Select(f => new ReportUpload(f.FileName, f.Length, f.OpenReadStream)).ToList();
            var input = new ProgressReportInput
            {
                TargetId = form.TargetId, Period = period, Value = form.Value, Narrative = form.Narrative,
                DepartmentId = form.DepartmentId, Evidence = uploads, Submit = command == "submit",
            };
            try
            {
                var result = await reporting.CreateAsync(User, taskId, input);
                if (result.Report is { } saved)
                {
                    if (input.Submit)
                    {
                        TempData["Message"] = T["已提交审核：{0}", saved.DisplayText].Value;
                        return Redirect($"/admin/plan/reports?year={task.Year}");
                    }
                    TempData["Message"] = T["已保存草稿：{0}。确认无误后请提交审核。", saved.DisplayText].Value;
                    return Redirect($"/admin/content/{saved.ContentItemId}/edit");
                }
                foreach (var (key, messages) in result.Errors)
                {
                    foreach (var message in messages) ModelState.AddModelError(FormKey(key), message);
                }
            }
            catch (ProgressReportForbiddenException)
            {
                return Forbid();
            }
        }
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(await WithOptionsAsync(form, task));
    }

    /// <summary>Errors of the report's fields go next to the form's inputs; the rest above the form.</summary>
    private static string FormKey(string key) => key switch
    {
        ProgressReportType.TargetId or ProgressReportType.Period or ProgressReportType.Value
            or ProgressReportType.Narrative or ProgressReportType.Evidence or nameof(PlanReportForm.DepartmentId) => key,
        _ => "",
    };

    private async Task<PlanReportForm> WithOptionsAsync(PlanReportForm form, ReportableTask task)
    {
        var all = await departments.ListAsync();
        var fixedDepartment = await reporting.FixedDepartmentAsync(User);
        form.ReportTask = task;
        form.FixedDepartment = fixedDepartment is { } d ? all.FirstOrDefault(x => x.Id == d) : null;
        form.DepartmentOptions = task.Task.LeadUnitIds.Concat(task.Task.ResponsibleUnitIds).Distinct()
            .Select(id => all.FirstOrDefault(x => x.Id == id)).OfType<Department>().ToList();
        var active = calculators.ToList();
        form.ComputedTargetIds = task.Targets.Where(t => active.Any(c => c.Handles(task.Year, t))).Select(t => t.Id).ToHashSet();
        if (form.Month is null && form.Quarter is null)
        {
            // Default to the month that just ended (China time): reports usually come after the month closes.
            var today = ChinaTime.Today(clock);
            var month = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
            if (month.Year != task.Year) month = today.Year == task.Year ? today : new DateOnly(task.Year, today.Year < task.Year ? 1 : 12, 1);
            form.Month = month.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        }
        return form;
    }
}
