using System.Text;
using Jingyuan.Cms.Data;
using Jingyuan.Cms.Departments;
using Jingyuan.Cms.Modules;
using Jingyuan.Cms.Plan;
using Jingyuan.Cms.Recipes;
using Jingyuan.Cms.Security;
using Jingyuan.Cms.Web.Areas.Admin.Models;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Jingyuan.Cms.Web.Areas.Admin.Controllers;

/// <summary>
/// 方案管理: the plan years, starting next year's plan (a copy of a year, or an uploaded recipe),
/// exporting a year as a recipe, and a year's structure. Chapters, tasks and targets are edited
/// by the Plan*Controllers beside this one.
/// </summary>
[Area("Admin")]
[Route("admin/plan")]
[RequirePermission("ManagePlans")]
public sealed class PlanController(
    CmsDbContext db,
    IPlanStore plans,
    PlanAdminService admin,
    RecipeImporter importer,
    RecipeExporter exporter,
    IDepartmentStore departments,
    IModuleState modules,
    IStringLocalizer<PlanController> T) : Controller
{
    private const long MaxRecipeBytes = 5 * 1024 * 1024;

    [HttpGet("")]
    public async Task<IActionResult> Index() => View(await YearsAsync(null, []));

    [HttpPost("copy")]
    public async Task<IActionResult> Copy([Bind(Prefix = "Copy")] PlanCopyForm form)
    {
        if (ModelState.IsValid)
        {
            try
            {
                var copy = await admin.CopyYearAsync(form.FromYear!.Value, form.ToYear!.Value);
                TempData["Message"] = T["已根据 {0} 年度方案创建 {1} 年度方案草稿（章节、任务、指标已复制，进度数据不复制）；发布前公众网站不显示。", form.FromYear, copy.Year].Value;
                return Redirect($"/admin/plan/{copy.Year}");
            }
            catch (PlanValidationException e)
            {
                ModelState.AddModelError("Copy." + e.Field, e.Reason);
            }
        }
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(nameof(Index), await YearsAsync(form, []));
    }

    [HttpPost("import")]
    [RequestSizeLimit(MaxRecipeBytes + 64 * 1024)]
    public async Task<IActionResult> Import(IFormFile? recipe)
    {
        RecipeImportResult? result = null;
        if (recipe is null || recipe.Length == 0) ModelState.AddModelError("recipe", T["请选择配方文件"]);
        else if (!recipe.FileName.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || recipe.Length > MaxRecipeBytes)
            ModelState.AddModelError("recipe", T["配方文件须为 .json 文件，且不超过 {0} MB", MaxRecipeBytes / 1024 / 1024]);
        else
        {
            using var reader = new StreamReader(recipe.OpenReadStream(), Encoding.UTF8);
            result = await importer.ImportAsync(await reader.ReadToEndAsync(HttpContext.RequestAborted), Path.GetFileName(recipe.FileName), HttpContext.RequestAborted);
            if (result.Succeeded)
            {
                TempData["Message"] = T["配方已导入：新增 {0} 项，更新 {1} 项。", result.Added, result.Updated].Value;
                return Redirect("/admin/plan");
            }
            ModelState.AddModelError("recipe", T["配方有 {0} 处错误，未导入任何内容。", result.Errors.Count]);
        }
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(nameof(Index), await YearsAsync(null, result?.Errors ?? []));
    }

    [HttpGet("{year:int}/export")]
    public async Task<IActionResult> Export(int year)
    {
        if (!(await plans.ListYearsAsync()).Contains(year)) return NotFound();
        var json = await exporter.ExportJsonAsync(year, HttpContext.RequestAborted);
        return File(new UTF8Encoding(false).GetBytes(json), "application/json", $"plan-{year}.recipe.json");
    }

    [HttpGet("{year:int}")]
    public async Task<IActionResult> Year(int year)
    {
        var plan = await plans.GetYearAsync(year);
        if (plan is null) return NotFound();
        return View(new PlanYearViewModel
        {
            Plan = plan,
            DepartmentNames = (await departments.ListAsync()).ToDictionary(d => d.Id, d => d.Name),
            ModuleNames = modules.AllModules.ToDictionary(m => m.Id, m => m.Name, StringComparer.OrdinalIgnoreCase),
        });
    }

    private async Task<PlanYearsViewModel> YearsAsync(PlanCopyForm? copy, IReadOnlyList<RecipeError> importErrors)
    {
        var years = await db.Set<PlanYear>().AsNoTracking().OrderByDescending(y => y.Year)
            .Select(y => new PlanYearRow(y.Year, y.Title, y.Chapters.Count, y.Chapters.SelectMany(c => c.Tasks).Count(), y.IsPublished))
            .ToListAsync();
        var latest = years.Count == 0 ? (int?)null : years[0].Year;
        return new PlanYearsViewModel
        {
            Years = years,
            Copy = copy ?? new PlanCopyForm { FromYear = latest, ToYear = latest + 1 },
            ImportErrors = importErrors,
        };
    }
}
