using Jingyuan.Cms.Audit;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Security;
using Jingyuan.Cms.Spreadsheets;
using Microsoft.AspNetCore.Mvc;

namespace Jingyuan.Cms.Web.Areas.Admin.Controllers;

/// <summary>Excel template, export and all-or-nothing import for any content type.</summary>
public sealed partial class ContentController
{
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    [HttpGet("sheets/{type}/template.xlsx")]
    public async Task<IActionResult> Template(string type, [FromServices] ContentSpreadsheetWriter writer)
    {
        var definition = await definitions.GetTypeAsync(type);
        if (definition is null) return NotFound();
        if (!await authorizer.CanCreateAsync(User, type)) return Forbid();
        return File(await writer.TemplateAsync(definition), XlsxType, $"{definition.Type.DisplayName}-导入模板.xlsx");
    }

    [HttpGet("sheets/{type}/export.xlsx")]
    public async Task<IActionResult> Export(string type, int? year, ContentStatus? status, [FromServices] ContentSpreadsheetWriter writer,
        [FromServices] IAuditTrail audit, [FromServices] TimeProvider clock)
    {
        var definition = await definitions.GetTypeAsync(type);
        if (definition is null) return NotFound();
        var scope = await authorizer.DepartmentScopeAsync(User);
        var query = new ContentQuery { ContentTypes = [type], DepartmentId = scope, Year = year, Status = status, SortBy = "created", Descending = false };
        query.Fields.AddRange(FieldFilters(definition));
        // Staff exports are internal ledgers of the department's own records; personal fields are in
        // clear only with the export right, and the file names who exported it and when.
        var clear = definition.Fields.Any(f => f.Settings.Personal)
            && await HasPermissionAsync(PersonalDataPermissions.ExportPersonalData);
        var export = await writer.ExportAsync(definition, query, new SpreadsheetExportOptions(
            clear ? PersonalColumns.Clear : PersonalColumns.Masked, User.Identity?.Name ?? "", clock.GetUtcNow().UtcDateTime));
        await audit.RecordAsync(new AuditEntry(AuditEvents.DataExported,
            $"导出{definition.Type.DisplayName} {export.Rows} 条" + (clear ? "（含个人信息明文）" : "（个人信息已脱敏）"),
            ContentType: type, DepartmentId: scope));
        return File(export.Content, XlsxType, $"{definition.Type.DisplayName}.xlsx");
    }

    [HttpGet("sheets/{type}/import")]
    public async Task<IActionResult> Import(string type)
    {
        var definition = await definitions.GetTypeAsync(type);
        if (definition is null) return NotFound();
        if (!await authorizer.CanCreateAsync(User, type)) return Forbid();
        return View(new Models.SpreadsheetImportModel { Type = definition });
    }

    [HttpPost("sheets/{type}/import")]
    [RequestSizeLimit(20 * 1024 * 1024)]
    public async Task<IActionResult> Import(string type, IFormFile? file, bool submit, int? departmentId,
        [FromServices] ContentSpreadsheetImporter importer)
    {
        var definition = await definitions.GetTypeAsync(type);
        if (definition is null) return NotFound();
        if (!await authorizer.CanCreateAsync(User, type)) return Forbid();
        var model = new Models.SpreadsheetImportModel { Type = definition };
        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError("file", T["请选择要导入的 Excel 文件"]);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(model);
        }
        await using var stream = file.OpenReadStream();
        var department = await authorizer.DepartmentScopeAsync(User) ?? departmentId;
        var result = await importer.ImportAsync(definition, stream, department, submit);
        if (!result.Succeeded)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(new Models.SpreadsheetImportModel { Type = definition, Errors = result.Errors });
        }
        TempData["Message"] = T["已导入 {0} 条记录。", result.Imported].Value;
        return Redirect($"/admin/content?type={type}");
    }

    /// <summary>Indexed-field filters from the query string ("f.Stage=在建").</summary>
    private IEnumerable<FieldFilter> FieldFilters(ResolvedContentType type) =>
        type.Fields.Where(f => f.Settings.Indexed)
            .Select(f => (Field: f, Values: Request.Query[Services.ContentFormBinder.Prefix + f.Name]
                .Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).Distinct().ToList()))
            .Where(x => x.Values.Count > 0)
            .Select(x => x.Values.Count == 1
                ? new FieldFilter(x.Field.Name, FieldOperator.Equals, x.Values[0])
                : FieldFilter.OneOf(x.Field.Name, x.Values));
}
