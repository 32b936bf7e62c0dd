using System.Globalization;
using Jingyuan.Cms.Chapters;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Departments;
using Jingyuan.Cms.Modules.SocialSecurity.Models;
using Jingyuan.Cms.Notices;
using Jingyuan.Cms.People;
using Jingyuan.Cms.Plan;
using Jingyuan.Cms.Security;
using Jingyuan.Cms.Time;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Jingyuan.Cms.Modules.SocialSecurity.Controllers;

/// <summary>The 低保公示 form: the common 公示 fields, the month and the township.</summary>
public sealed class LowIncomeNoticeInput : PublicityNoticeInput
{
    public int Year { get; set; }
    public int Month { get; set; }
    public string? Township { get; set; }

    // Methods, not properties: model validation reads every property, also of a form whose month is out of range.
    public DateOnly FirstDay() => new(Year, Month, 1);
    public DateOnly LastDay() => FirstDay().AddMonths(1).AddDays(-1);
}

/// <summary>
/// 保障体系 → 低保公示, the monthly notice county 民政 offices publish: the unit's published 低保 cases of a
/// township that are active in the month, one row per household with the name masked (马*明), household size,
/// monthly amount and village. Never the ID number, phone, household head or full name. Only a unit that
/// submits 低保/特困/临时救助 records (民政局) drafts it; the kit does the form, checks, audit and submission.
/// </summary>
[Route(Path)]
[RequirePermission("SubmitContent")]
public sealed class LowIncomeNoticeController(IContentManager contents, IPlanStore plans, TimeProvider clock,
    IStringLocalizer<LowIncomeNoticeController> T) : PublicityNoticeController<LowIncomeNoticeInput>
{
    public const string Path = "admin/chapters/social-security/low-income-notice";
    public const string LowIncome = "低保";

    protected override string RecordType => nameof(AssistanceCase);

    [HttpGet("")]
    public Task<IActionResult> Index(int? year, int? month, string? township, int? departmentId)
    {
        var today = ChinaTime.Today(clock);
        return ShowAsync(new LowIncomeNoticeInput
        {
            Year = year is >= 2000 and <= 2100 ? year.Value : today.Year,
            Month = month is >= 1 and <= 12 ? month.Value : today.Month,
            Township = township, DepartmentId = departmentId,
        });
    }

    [HttpPost("")]
    public Task<IActionResult> Submit(LowIncomeNoticeInput input)
    {
        // Year and month travel as hidden fields of the form: their errors are shown above it.
        if (input.Year is < 2000 or > 2100) ModelState.AddModelError("", T["年度应在2000至2100之间"]);
        if (input.Month is < 1 or > 12) ModelState.AddModelError("", T["月份应在1至12之间"]);
        if (!ModelState.IsValid) { input.Year = Math.Clamp(input.Year, 2000, 2100); input.Month = Math.Clamp(input.Month, 1, 12); }
        return SubmitAsync(input);
    }

    protected override string NothingToPublish(LowIncomeNoticeInput input) => string.IsNullOrEmpty(input.Township)
        ? T["请选择乡镇"]
        : T["{0}{1}年{2}月没有在保且已发布的低保记录，无需公示。", input.Township, input.Year, input.Month];

    protected override async Task<PublicityNotice> ComposeAsync(LowIncomeNoticeInput input, Department unit)
    {
        var cases = ProjectFields.Townships.Contains(input.Township ?? "") ? await ActiveCasesAsync(input, unit) : [];
        var villages = (await plans.ListSitesAsync()).ToDictionary(s => s.Id, s => s.Village is { Length: > 0 } v ? v : s.Name);
        string Village(ContentItem c) => c.GetInt(nameof(PersonRecord.PersonSite)) is { } id && villages.TryGetValue(id, out var v) ? v : "";
        var rows = cases.OrderBy(Village, StringComparer.Ordinal).ThenBy(c => c.GetDate(nameof(AssistanceCase.FromDate)))
            .Select(c => (IReadOnlyList<string?>)[
                PublicFigures.NoticeName(c.GetText(nameof(PersonRecord.PersonName))),
                c.GetNumber(nameof(AssistanceCase.HouseholdSize))?.ToString("0", CultureInfo.InvariantCulture),
                c.GetNumber(nameof(AssistanceCase.MonthlyAmountYuan))?.ToString("0.##", CultureInfo.InvariantCulture),
                Village(c)])
            .ToList();
        var persons = cases.Sum(c => c.GetNumber(nameof(AssistanceCase.HouseholdSize)) ?? 1);
        return new PublicityNotice(
            T["{0}{1}年{2}月城乡最低生活保障对象公示", input.Township ?? "", input.Year, input.Month],
            T["根据最低生活保障有关规定，经本人申请、村（居）民委员会民主评议、乡镇人民政府审核、{0}审批，{1}{2}年{3}月享受最低生活保障的对象共 {4} 户 {5} 人，现予以公示，接受社会监督。",
                unit.Name, input.Township ?? "", input.Year, input.Month, rows.Count, persons.ToString("0", CultureInfo.InvariantCulture)],
            [T["姓名"], T["家庭人口（人）"], T["月保障金额（元）"], T["所在村（安置区）"]],
            rows,
            unit.Name);
    }

    /// <summary>The unit's published 低保 cases of the township whose period covers part of the month.</summary>
    private async Task<List<ContentItem>> ActiveCasesAsync(LowIncomeNoticeInput input, Department unit)
    {
        var query = ContentQuery.PublishedOf(nameof(AssistanceCase))
            .Where(nameof(AssistanceCase.Kind), LowIncome).Where(nameof(AssistanceCase.Township), input.Township!);
        query.Fields.Add(new FieldFilter(nameof(AssistanceCase.FromDate), FieldOperator.LessOrEqual, Iso(input.LastDay())));
        query.DepartmentId = unit.Id;
        query.SortBy = ContentSort.Created;
        query.Descending = false;
        query.PageSize = 500;
        var found = new List<ContentItem>();
        for (var page = 1; ; page++)
        {
            query.Page = page;
            var result = await contents.QueryAsync(query);
            // A case without an end date is still active; the index cannot say "empty or later", so that is checked here.
            found.AddRange(result.Items.Where(c => c.GetDate(nameof(AssistanceCase.ToDate)) is not { } end || end >= input.FirstDay()));
            if (result.Items.Count < query.PageSize) return found;
        }
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
