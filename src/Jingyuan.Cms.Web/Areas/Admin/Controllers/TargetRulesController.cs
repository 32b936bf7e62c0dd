using Jingyuan.Cms.Chapters;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Data;
using Jingyuan.Cms.Security;
using Jingyuan.Cms.Web.Areas.Admin.Models;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Jingyuan.Cms.Web.Areas.Admin.Controllers;

/// <summary>
/// The rule computing one plan target, defined by an administrator: any content type (module or
/// admin-defined), kind, fields and conditions, with a preview of the figure and its explanation.
/// </summary>
[Area("Admin")]
[Route("admin/plan/targets/{id:int}/rule")]
[RequirePermission("ManagePlans")]
public sealed class TargetRulesController(
    CmsDbContext db,
    AdminTargetRules rules,
    IContentDefinitionManager definitions,
    IStringLocalizer<TargetRulesController> T) : Controller
{
    private const int ConditionRows = 3;

    [HttpGet("")]
    public async Task<IActionResult> Edit(int id)
    {
        if (await db.TargetAsync(id) is not { } found) return NotFound();
        var stored = await rules.FindAsync(found.Target.Key);
        var form = stored is null ? new TargetRuleForm() : TargetRuleForm.From(stored);
        return View(await PageAsync(id, found.Year, found.Target, form, stored is not null, null, null, new Dictionary<string, string>()));
    }

    /// <summary><paramref name="intent"/> "preview" computes and explains without saving; "save" stores.</summary>
    [HttpPost("")]
    public async Task<IActionResult> Edit(int id, TargetRuleForm form, string? intent)
    {
        if (await db.TargetAsync(id) is not { } found) return NotFound();
        var rule = form.ToRule(found.Target.Key);
        var stored = await rules.FindAsync(found.Target.Key) is not null;
        if (intent == "save")
        {
            var errors = await rules.SaveAsync(rule);
            if (errors.Count == 0)
            {
                TempData["Message"] = T["已保存目标“{0}”的计算规则。", found.Target.Description].Value;
                return Redirect($"/admin/plan/targets/{id}/rule");
            }
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(await PageAsync(id, found.Year, found.Target, form, stored, null, null, errors));
        }
        var problems = await rules.ValidateAsync(rule);
        if (problems.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(await PageAsync(id, found.Year, found.Target, form, stored, null, null, problems));
        }
        var (figure, explanation) = await rules.PreviewAsync(rule, found.Year);
        return View(await PageAsync(id, found.Year, found.Target, form, stored, figure, explanation, problems));
    }

    [HttpPost("delete")]
    public async Task<IActionResult> Delete(int id)
    {
        if (await db.TargetAsync(id) is not { } found) return NotFound();
        TempData["Message"] = await rules.DeleteAsync(found.Target.Key)
            ? T["已删除目标“{0}”的计算规则。", found.Target.Description].Value
            : T["目标“{0}”没有管理员定义的计算规则。", found.Target.Description].Value;
        return Redirect($"/admin/plan/targets/{id}/rule");
    }

    private async Task<TargetRulePage> PageAsync(int id, int year, Plan.PlanTarget target, TargetRuleForm form, bool stored,
        RuleFigure? preview, string? explanation, IReadOnlyDictionary<string, string> errors)
    {
        while (form.Conditions.Count < ConditionRows) form.Conditions.Add(new ConditionForm());
        var types = (await definitions.ListTypesAsync()).OrderBy(t => t.DisplayName).ToList();
        var fields = form.ContentType.Length > 0 && await definitions.GetTypeAsync(form.ContentType) is { } type
            ? type.Fields.Where(f => f.Settings.Indexed).ToList() : [];
        return new TargetRulePage(id, year, target.Key, target.Description, target.Unit, form, stored, types, fields, preview, explanation, errors);
    }
}
