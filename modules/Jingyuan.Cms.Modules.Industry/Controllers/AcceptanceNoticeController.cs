using System.Globalization;
using Jingyuan.Cms.Chapters;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Departments;
using Jingyuan.Cms.Modules.Industry.Models;
using Jingyuan.Cms.Modules.Industry.Services;
using Jingyuan.Cms.Notices;
using Jingyuan.Cms.Plan;
using Jingyuan.Cms.Security;
using Jingyuan.Cms.Time;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Jingyuan.Cms.Modules.Industry.Controllers;

/// <summary>
/// 产业发展 → 验收结果公示: a unit turns its accepted projects of a year into a 公示, submitted through
/// <see cref="INoticePublisher"/> for the reviewer. A department's editor speaks only for their own unit;
/// the coordinating office and administrators choose the unit.
/// Available while a notices module is enabled; this module does not depend on it.
/// </summary>
[Route(Path)]
[RequirePermission("SubmitContent")]
public sealed class AcceptanceNoticeController(
    IEnumerable<INoticePublisher> publishers,
    IContentManager contents,
    IDepartmentStore departments,
    IPlanStore plans,
    AcceptanceNoticeComposer composer,
    IContentAuthorizer authorizer,
    TimeProvider clock,
    IStringLocalizer<AcceptanceNoticeController> T) : Controller
{
    public const string Path = "admin/chapters/industry/acceptance-notice";

    [HttpGet("")]
    public async Task<IActionResult> Index(int? year, int? departmentId)
    {
        var scope = await authorizer.DepartmentScopeAsync(User);
        var input = new AcceptanceNoticeInput
        {
            Year = year ?? await plans.CurrentYearAsync() ?? ChinaTime.CurrentYear(clock),
            DepartmentId = scope ?? departmentId,
        };
        return View(await PageAsync(input, scope));
    }

    [HttpPost("")]
    public async Task<IActionResult> Submit(AcceptanceNoticeInput input)
    {
        if (Publisher() is not { } publisher) return NotFound();
        // A department's editor speaks for their own unit, whatever the form says.
        var scope = await authorizer.DepartmentScopeAsync(User);
        input.DepartmentId = scope ?? input.DepartmentId;
        foreach (var (field, message) in composer.Validate(input)) ModelState.AddModelError(field, message);
        var page = await PageAsync(input, scope);
        if (page.Unit is null) ModelState.AddModelError(nameof(input.DepartmentId), T["请选择发布单位"]);
        else if (page.Projects.Count == 0) ModelState.AddModelError("", T["该单位 {0} 年没有已验收并发布的产业项目，无需公示。", input.Year]);
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Index", page);
        }
        var id = await publisher.SubmitAsync(composer.Compose(input, page.Unit!, page.Projects));
        TempData["Message"] = T["已起草验收结果公示并提交审核，审核通过后对外发布。"].Value;
        return Redirect($"/admin/content/{id}/edit");
    }

    /// <param name="scope">The user's department scope: null when they may choose any unit.</param>
    private async Task<AcceptanceNoticePage> PageAsync(AcceptanceNoticeInput input, int? scope)
    {
        var units = await departments.ListAsync();
        var unit = units.FirstOrDefault(d => d.Id == input.DepartmentId);
        IReadOnlyList<ContentItem> projects = [];
        if (unit is not null)
        {
            var query = ContentQuery.PublishedOf(nameof(IndustryProject))
                .Where(ProjectFields.Stage, AcceptanceNoticeComposer.Accepted);
            query.Year = input.Year;
            query.DepartmentId = unit.Id;
            query.SortBy = ContentSort.Title;
            query.Descending = false;
            query.PageSize = 500;
            projects = (await contents.QueryAsync(query)).Items;
        }
        return new AcceptanceNoticePage(input, unit, projects, scope is null ? units : [], Publisher() is not null);
    }

    // With the notices module off there is no publisher, so nowhere to publish.
    private INoticePublisher? Publisher() => publishers.FirstOrDefault();
}

public sealed record AcceptanceNoticePage(
    AcceptanceNoticeInput Input,
    Department? Unit,
    IReadOnlyList<ContentItem> Projects,
    // Units to choose from; empty for a department's editor, whose unit is fixed.
    IReadOnlyList<Department> Units,
    bool NoticesAvailable)
{
    public static string Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}
