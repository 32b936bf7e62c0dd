using System.Globalization;
using Jingyuan.Cms.Security;
using Jingyuan.Cms.Time;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Jingyuan.Cms.Web.Areas.Admin.Controllers;

/// <summary>A year of the holiday calendar on one page.</summary>
public sealed record WorkingCalendarViewModel(int Year, IReadOnlyList<SpecialDay> Days, IReadOnlyList<string> Errors, string? Pasted);

/// <summary>
/// 节假日安排: the 法定节假日 and 调休上班 days that working days (督办 deadlines, 签收 periods) follow.
/// Days are added one by one or pasted as a year's list; every change is audited by the editor.
/// </summary>
[Area("Admin")]
[Route("admin/working-calendar")]
[RequirePermission("ManageWorkingCalendar")]
public sealed class WorkingCalendarController(WorkingCalendarEditor editor, TimeProvider clock,
    IStringLocalizer<WorkingCalendarController> T) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int? year)
    {
        var shown = year is >= 2000 and <= 2100 ? year.Value : ChinaTime.CurrentYear(clock);
        return View(new WorkingCalendarViewModel(shown, await editor.ListAsync(shown), [], null));
    }

    [HttpPost("add")]
    public async Task<IActionResult> Add(string? date, string? name, SpecialDayKind kind)
    {
        if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return await ShowErrorsAsync(ChinaTime.CurrentYear(clock), [T["日期：请填写有效日期（如 2024-02-10）"]], null);
        if (!Enum.IsDefined(kind)) return BadRequest();
        if (await editor.SetAsync(new SpecialDay(day, kind, name ?? "")) is { } problem)
            return await ShowErrorsAsync(day.Year, [T["名称：{0}", T[problem]]], null);
        TempData["Message"] = T["已保存 {0}", day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)].Value;
        return Redirect($"/admin/working-calendar?year={day.Year}");
    }

    [HttpPost("{date}/delete")]
    public async Task<IActionResult> Delete(string date)
    {
        if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) return NotFound();
        if (!await editor.DeleteAsync(day)) return NotFound();
        TempData["Message"] = T["已删除 {0}", date].Value;
        return Redirect($"/admin/working-calendar?year={day.Year}");
    }

    [HttpPost("import")]
    public async Task<IActionResult> Import(string? lines, int year)
    {
        var (count, errors) = await editor.ImportAsync(lines);
        if (errors.Count > 0) return await ShowErrorsAsync(year, errors.Select(e => T[e].Value).ToList(), lines);
        TempData["Message"] = T["已导入 {0} 天", count].Value;
        return Redirect($"/admin/working-calendar?year={year}");
    }

    private async Task<IActionResult> ShowErrorsAsync(int year, IReadOnlyList<string> errors, string? pasted)
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(nameof(Index), new WorkingCalendarViewModel(year, await editor.ListAsync(year), errors, pasted));
    }
}
