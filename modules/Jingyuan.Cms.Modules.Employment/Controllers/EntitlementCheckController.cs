using Jingyuan.Cms.Content;
using Jingyuan.Cms.Modules.Employment.Models;
using Jingyuan.Cms.People;
using Jingyuan.Cms.Plan;
using Jingyuan.Cms.Security;
using Jingyuan.Cms.Time;
using Microsoft.AspNetCore.Mvc;

namespace Jingyuan.Cms.Modules.Employment.Controllers;

/// <summary>What the 应享尽享 check page shows: a page of workers without a subsidy payment in the year.</summary>
public sealed record EntitlementCheckModel(int Year, PersonGapPage Page, string? After);

/// <summary>
/// 就业帮扶 → 应享尽享核对: labour migrants in transfer employment (published ledger rows) who drew no
/// 就业补贴 in the plan year, masked, paged by key. A unit sees its own rows; reviewers all. Viewing masked lists is not audited.
/// </summary>
[Route(Path)]
[RequirePermission("AccessAdmin")]
public sealed class EntitlementCheckController(IPersonLedgerGaps gaps, IContentAuthorizer authorizer,
    IRecordTypeAccess recordTypes, IPlanStore plans, TimeProvider clock) : Controller
{
    public const string Path = "admin/chapters/employment/entitlements";

    [HttpGet("")]
    public async Task<IActionResult> Index(int? year, string? after)
    {
        if (!await recordTypes.CurrentUserWorksOnAsync([nameof(EmploymentRecord), nameof(EmploymentSubsidy)])) return Forbid();
        var planYear = year ?? await plans.CurrentYearAsync() ?? ChinaTime.CurrentYear(clock);
        var page = await gaps.MissingAsync(new PersonGapQuery(nameof(EmploymentRecord),
            [
                FieldFilter.OneOf(nameof(EmploymentRecord.MigrantKind), [EmploymentRecord.Migrants.Labour]),
                FieldFilter.OneOf(nameof(EmploymentRecord.EmploymentForm), EmploymentRecord.TransferForms),
            ],
            nameof(EmploymentSubsidy), planYear, await authorizer.DepartmentScopeAsync(User), after));
        return View(new EntitlementCheckModel(planYear, page, after));
    }
}
