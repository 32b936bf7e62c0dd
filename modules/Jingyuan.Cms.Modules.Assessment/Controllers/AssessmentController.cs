using System.Globalization;
using Jingyuan.Cms.Assessment;
using Jingyuan.Cms.Modules.Assessment.Models;
using Jingyuan.Cms.Plan;
using Jingyuan.Cms.Security;
using Jingyuan.Cms.Time;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Jingyuan.Cms.Modules.Assessment.Controllers;

/// <summary>
/// 考核: the year's scheme, its rounds, a round's ranking with the facts behind every point, 扣分, freezing and
/// export. The coordinating office sees every unit; a unit's user sees only its own rows. The host's store
/// refuses any change of a frozen round and audits every change.
/// </summary>
[Route(Path)]
[RequirePermission("AccessAdmin")]
public sealed class AssessmentController(IAssessmentRounds rounds, ICurrentUser user, IPlanStore plans, TimeProvider clock) : Controller
{
    public const string Path = "admin/assessment";

    [HttpGet("")]
    public async Task<IActionResult> Index(int? year)
    {
        var (confirm, manage, own) = await RightsAsync();
        if (!confirm && !manage && !own) return Forbid();
        var chosen = year ?? await plans.CurrentYearAsync() ?? ChinaTime.CurrentYear(clock);
        return View(new AssessmentIndexModel(chosen, await plans.ListYearsAsync(), await rounds.GetSchemeAsync(chosen),
            rounds.Indicators().ToDictionary(i => i.Key), await rounds.ListRoundsAsync(chosen), confirm, manage));
    }

    [HttpGet("scheme/{year:int}")]
    public async Task<IActionResult> Scheme(int year)
    {
        if (!await user.HasPermissionAsync(AssessmentPermissions.ManageAssessmentScheme)) return Forbid();
        var scheme = await rounds.GetSchemeAsync(year);
        var rows = rounds.Indicators().Select(i => scheme.FirstOrDefault(s => s.IndicatorKey == i.Key) is { } s
            ? new SchemeRow { Key = i.Key, Included = true, Weight = s.Weight, AppliesTo = s.AppliesTo }
            : new SchemeRow { Key = i.Key, Weight = 10, AppliesTo = AssessmentAppliesTo.Departments }).ToList();
        return View(new SchemeEditModel(year, rounds.Indicators(), rows, []));
    }

    [HttpPost("scheme/{year:int}")]
    public async Task<IActionResult> Scheme(int year, List<SchemeRow> rows)
    {
        if (!await user.HasPermissionAsync(AssessmentPermissions.ManageAssessmentScheme)) return Forbid();
        var items = rows.Where(r => r.Included).Select(r => new AssessmentSchemeItem(r.Key, r.Weight, r.AppliesTo)).ToList();
        var errors = await rounds.SaveSchemeAsync(year, items);
        if (errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(new SchemeEditModel(year, rounds.Indicators(), rows, errors));
        }
        return Redirect($"/{Path}?year={year}");
    }

    [HttpPost("rounds")]
    public async Task<IActionResult> Create(int year, string label) => await ConfirmedAsync(async () =>
        Redirect($"/{Path}/rounds/{await rounds.CreateRoundAsync(year, label, HttpContext.RequestAborted)}"), $"/{Path}?year={year}");

    [HttpGet("rounds/{id:int}")]
    public async Task<IActionResult> Round(int id)
    {
        var (confirm, _, own) = await RightsAsync();
        if (!confirm && !own) return Forbid();
        var round = await rounds.GetRoundAsync(id);
        if (round is null) return NotFound();
        var units = confirm ? round.Units : round.Units.Where(IsOwn).ToList();
        return View(new AssessmentRoundModel(round, units, confirm, AssessmentRule.Description));
    }

    [HttpPost("rounds/{id:int}/recompute")]
    public Task<IActionResult> Recompute(int id) => ConfirmedAsync(async () =>
    {
        await rounds.RecomputeAsync(id, HttpContext.RequestAborted);
        return Redirect($"/{Path}/rounds/{id}");
    }, $"/{Path}/rounds/{id}");

    [HttpPost("rounds/{id:int}/adjust")]
    public Task<IActionResult> Adjust(int id, AssessedUnitKind kind, string unitKey, decimal points, string reason) => ConfirmedAsync(async () =>
    {
        await rounds.AdjustAsync(id, kind, unitKey, points, reason);
        return Redirect($"/{Path}/rounds/{id}");
    }, $"/{Path}/rounds/{id}");

    [HttpPost("rounds/{id:int}/freeze")]
    public Task<IActionResult> Freeze(int id) => ConfirmedAsync(async () =>
    {
        await rounds.FreezeAsync(id);
        return Redirect($"/{Path}/rounds/{id}");
    }, $"/{Path}/rounds/{id}");

    [HttpGet("rounds/{id:int}/export.xlsx")]
    public async Task<IActionResult> Export(int id)
    {
        if (!await user.HasPermissionAsync(AssessmentPermissions.ConfirmAssessment)) return Forbid();
        if (await rounds.GetRoundAsync(id) is not { } round) return NotFound();
        return File(await rounds.ExportAsync(id), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            $"考核结果-{round.Year}-{round.Id}.xlsx");
    }

    /// <summary>The coordinating office's actions; a refusal (frozen, bad input) goes back with its reason shown.</summary>
    private async Task<IActionResult> ConfirmedAsync(Func<Task<IActionResult>> action, string back)
    {
        if (!await user.HasPermissionAsync(AssessmentPermissions.ConfirmAssessment)) return Forbid();
        try
        {
            return await action();
        }
        catch (AssessmentRefusedException e)
        {
            TempData["Error"] = e.Message;
            return Redirect(back);
        }
    }

    private bool IsOwn(UnitAssessment unit) => unit.Unit.Kind == AssessedUnitKind.Department
        && user.DepartmentId is { } department && unit.Unit.Key == department.ToString(CultureInfo.InvariantCulture);

    private async Task<(bool Confirm, bool Manage, bool Own)> RightsAsync() => (
        await user.HasPermissionAsync(AssessmentPermissions.ConfirmAssessment),
        await user.HasPermissionAsync(AssessmentPermissions.ManageAssessmentScheme),
        await user.HasPermissionAsync(AssessmentPermissions.ViewOwnAssessment));
}
