using System.Globalization;
using Jingyuan.Cms.Chapters;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Departments;
using Jingyuan.Cms.People;
using Jingyuan.Cms.Security;
using Jingyuan.Cms.Time;
using Jingyuan.Cms.Web.Areas.Admin.Models;
using Microsoft.AspNetCore.Mvc;

namespace Jingyuan.Cms.Web.Areas.Admin.Controllers;

/// <summary>
/// A ledger kept month by month (<c>KeptMonthly</c>) at a chosen month's end: each person's version published then,
/// counted by the ledger's filter choices, and the persons with no row for that month (本月未报). Names are masked;
/// a department sees its own unit's persons, reviewers and the type's viewing units every unit's. Both lists page by key.
/// </summary>
[Area("Admin")]
[Route("admin/ledgers/{type}/monthly")]
[RequirePermission("AccessAdmin")]
public sealed class MonthlyLedgersController(
    IContentDefinitionManager definitions,
    IContentAuthorizer authorizer,
    IRecordTypeAccess recordTypes,
    IDepartmentStore departments,
    IEnumerable<ChapterDescriptor> chapters,
    MonthlyLedgerReader reader,
    TimeProvider clock) : Controller
{
    private const int PageSize = 50;

    [HttpGet("")]
    public async Task<IActionResult> Index(string type, string? month, string? after, string? missingAfter)
    {
        if (await definitions.GetTypeAsync(type) is not { Type.LedgerMonthField: not null } definition) return NotFound();
        if (await ScopeAsync(type) is not { } scope) return Forbid();
        var chosen = DateOnly.TryParseExact((month ?? "") + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var m)
            ? m : FirstOf(ChinaTime.Today(clock));
        var counted = chapters.SelectMany(c => c.RecordShapes).Where(s => s.Type.Name == type).SelectMany(s => s.FilterFields)
            .Where(f => definition.Field(f)?.Kind == FieldKind.Choice).Distinct().ToList();
        var query = new MonthlyLedgerQuery(definition, chosen, scope.Department, after, PageSize, counted);
        return View(new MonthlyLedgerModel
        {
            Type = definition, Month = chosen, CountFields = counted,
            Situation = await reader.MonthEndAsync(query),
            NotReported = await reader.NotReportedAsync(query with { After = missingAfter, CountFields = [] }),
            Departments = (await departments.ListAsync()).ToDictionary(d => d.Id, d => d.Name),
            AllUnits = scope.Department is null, After = after, MissingAfter = missingAfter,
        });
    }

    private static DateOnly FirstOf(DateOnly day) => new(day.Year, day.Month, 1);

    private sealed record Scope(int? Department);

    /// <summary>
    /// Every unit for reviewers, users who write for every unit and the type's viewing units; otherwise the user's own
    /// unit, which must work on the type. Null: the user may not see the ledger.
    /// </summary>
    private async Task<Scope?> ScopeAsync(string type)
    {
        if (await authorizer.DepartmentScopeAsync(User) is not { } own) return new Scope(null);
        if (own < 0) return null;
        if (!await recordTypes.IsGovernedAsync(type)) return new Scope(own);
        if (await recordTypes.DepartmentMayAsync(own, type, RecordTypeAction.ViewInternal)) return new Scope(null);
        return (await recordTypes.TypesOfDepartmentAsync(own)).Contains(type) ? new Scope(own) : null;
    }
}
