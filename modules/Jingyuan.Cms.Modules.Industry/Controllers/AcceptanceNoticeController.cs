using System.Globalization;
using Jingyuan.Cms.Chapters;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Departments;
using Jingyuan.Cms.Modules.Industry.Models;
using Jingyuan.Cms.Notices;
using Jingyuan.Cms.Plan;
using Jingyuan.Cms.Security;
using Jingyuan.Cms.Time;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Jingyuan.Cms.Modules.Industry.Controllers;

/// <summary>The 验收结果公示 form: the common 公示 fields and the year of the accepted projects.</summary>
public sealed class AcceptanceNoticeInput : PublicityNoticeInput
{
    public int Year { get; set; }
}

/// <summary>
/// 产业发展 → 验收结果公示: a unit's accepted (验收) and published projects of a year, what each is, where,
/// and what it cost, as a 公示 for the reviewer. The form, checks and submission are the kit's
/// (<see cref="PublicityNoticeController{TInput}"/>); this module only says which projects and which columns.
/// </summary>
[Route(Path)]
[RequirePermission("SubmitContent")]
public sealed class AcceptanceNoticeController(IContentManager contents, IPlanStore plans, TimeProvider clock,
    IStringLocalizer<AcceptanceNoticeController> T) : PublicityNoticeController<AcceptanceNoticeInput>
{
    public const string Path = "admin/chapters/industry/acceptance-notice";
    public const string AcceptedStage = "验收";

    protected override string RecordType => nameof(IndustryProject);

    [HttpGet("")]
    public async Task<IActionResult> Index(int? year, int? departmentId) => await ShowAsync(new AcceptanceNoticeInput
    {
        Year = year ?? await plans.CurrentYearAsync() ?? ChinaTime.CurrentYear(clock),
        DepartmentId = departmentId,
    });

    [HttpPost("")]
    public Task<IActionResult> Submit(AcceptanceNoticeInput input) => SubmitAsync(input);

    protected override string NothingToPublish(AcceptanceNoticeInput input) =>
        T["该单位 {0} 年没有已验收并发布的产业项目，无需公示。", input.Year];

    protected override async Task<PublicityNotice> ComposeAsync(AcceptanceNoticeInput input, Department unit)
    {
        var query = ContentQuery.PublishedOf(nameof(IndustryProject)).Where(ProjectFields.Stage, AcceptedStage);
        query.Year = input.Year;
        query.DepartmentId = unit.Id;
        query.SortBy = ContentSort.Title;
        query.Descending = false;
        query.PageSize = 500;
        var projects = (await contents.QueryAsync(query)).Items;
        return new PublicityNotice(
            T["{0}年{1}产业项目验收结果公示", input.Year, unit.Name],
            T["根据{0}年泾源县移民致富提升行动实施方案，{1}对以下 {2} 个产业项目组织了验收，现将验收结果予以公示。", input.Year, unit.Name, projects.Count],
            [T["项目名称"], T["产业类别"], T["乡镇"], T["总投资（万元）"], T["建设内容及规模"]],
            [.. projects.Select(p => (IReadOnlyList<string?>)[
                p.DisplayText, p.GetText(nameof(IndustryProject.Industry)), p.GetText(ProjectFields.Township),
                p.GetNumber(nameof(ProjectRecord.Investment))?.ToString("0.####", CultureInfo.InvariantCulture),
                p.GetText(nameof(IndustryProject.Scope))])],
            unit.Name);
    }
}
