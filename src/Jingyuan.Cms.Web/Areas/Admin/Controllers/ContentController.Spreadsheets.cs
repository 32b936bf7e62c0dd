using System.Security.Claims;
using Jingyuan.Cms.Audit;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Data;
using Jingyuan.Cms.Security;
using Jingyuan.Cms.Spreadsheets;
using Jingyuan.Cms.Time;
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
        return File(await writer.TemplateAsync(definition), XlsxType, SpreadsheetSafety.FileName($"{definition.Type.DisplayName}-导入模板.xlsx"));
    }

    [HttpGet("sheets/{type}/export.xlsx")]
    public async Task<IActionResult> Export(string type, int? year, ContentStatus? status, [FromServices] ContentSpreadsheetWriter writer,
        [FromServices] IAuditTrail audit, [FromServices] TimeProvider clock, [FromServices] IRecordTypeAccess recordTypes)
    {
        var definition = await definitions.GetTypeAsync(type);
        if (definition is null) return NotFound();
        var scope = await authorizer.DepartmentScopeAsync(User);
        // A chapter's ledger is exported only by a unit that holds a right on it (防返贫监测对象: 民政局 and its viewers).
        if (scope is { } unit && await recordTypes.IsGovernedAsync(type) && !(await recordTypes.TypesOfDepartmentAsync(unit)).Contains(type))
            return Forbid();
        var query = new ContentQuery { ContentTypes = [type], DepartmentId = scope, Year = year, Status = status, SortBy = ContentSort.Created, Descending = false };
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
        return File(export.Content, XlsxType, SpreadsheetSafety.FileName($"{definition.Type.DisplayName}.xlsx"));
    }

    [HttpGet("sheets/{type}/import")]
    public async Task<IActionResult> Import(string type)
    {
        var definition = await definitions.GetTypeAsync(type);
        if (definition is null) return NotFound();
        if (!await authorizer.CanCreateAsync(User, type)) return Forbid();
        return View(new Models.SpreadsheetImportModel { Type = definition, Month = DefaultMonth(definition) });
    }

    /// <summary>A monthly ledger's import defaults to the current month in China.</summary>
    private string? DefaultMonth(ResolvedContentType type) =>
        type.Type.LedgerMonthField is null ? null : ChinaTime.Today(clock).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);

    private static DateOnly? ParseMonth(string? month) =>
        DateOnly.TryParseExact((month ?? "").Trim() + "-01", "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.None, out var first) ? first : null;

    [HttpPost("sheets/{type}/import")]
    [RequestSizeLimit(ContentSpreadsheetImporter.MaxFileBytes + 1024 * 1024)]
    [RequestFormLimits(MultipartBodyLengthLimit = ContentSpreadsheetImporter.MaxFileBytes + 1024 * 1024)]
    public async Task<IActionResult> Import(string type, IFormFile? file, bool submit, int? departmentId, string? month,
        [FromServices] ContentSpreadsheetImporter importer, [FromServices] SpreadsheetImportJobs jobs)
    {
        var definition = await definitions.GetTypeAsync(type);
        if (definition is null) return NotFound();
        if (!await authorizer.CanCreateAsync(User, type)) return Forbid();
        var ledgerMonth = definition.Type.LedgerMonthField is null ? null : ParseMonth(month);
        if (definition.Type.LedgerMonthField is not null && ledgerMonth is null)
            ModelState.AddModelError("month", T["请选择报告月份（年-月）"]);
        if (file is null || file.Length == 0) ModelState.AddModelError("file", T["请选择要导入的 Excel 文件"]);
        if (!ModelState.IsValid || file is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(new Models.SpreadsheetImportModel { Type = definition, Month = month ?? DefaultMonth(definition) });
        }
        var bytes = new byte[Math.Min(file.Length, ContentSpreadsheetImporter.MaxFileBytes + 1)];
        await using (var stream = file.OpenReadStream()) await stream.ReadAtLeastAsync(bytes, bytes.Length, throwOnEndOfStream: false);
        // Size and row count, read as a stream: a huge workbook is refused here, before it is ever loaded.
        var shape = ContentSpreadsheetImporter.Inspect(bytes);
        if (shape.Error is { } refused) return ImportRefused(definition, [refused], month);

        var department = await authorizer.DepartmentScopeAsync(User) ?? departmentId;
        if (shape.DataRows > ContentSpreadsheetImporter.BackgroundThreshold)
        {
            var job = await jobs.StartAsync(definition, Path.GetFileName(file.FileName), bytes, department, submit, shape.DataRows,
                User, HttpContext.Connection.RemoteIpAddress?.ToString(), ledgerMonth);
            if (job is null)
            {
                Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                return View(new Models.SpreadsheetImportModel { Type = definition, Errors = [new SpreadsheetError(0, "", "", T["导入任务较多，请稍后再试。"])] });
            }
            return Redirect($"/admin/content/sheets/{type}/import/jobs/{job.Id}");
        }
        var result = await importer.ImportAsync(definition, bytes, department, submit, ledgerMonth);
        if (!result.Succeeded) return ImportRefused(definition, result.Errors, month);
        TempData["Message"] = result.Updated == 0
            ? T["已导入 {0} 条记录。", result.Imported].Value
            : T["已导入 {0} 条记录：新建 {1} 条，更新 {2} 条（按身份证号码匹配本单位已有人员，更新为新版本）。", result.Imported, result.Created, result.Updated].Value;
        return Redirect($"/admin/content?type={type}");
    }

    /// <summary>The progress page of a background import (only its own user sees it).</summary>
    [HttpGet("sheets/{type}/import/jobs/{id}")]
    public async Task<IActionResult> ImportJob(string type, string id, [FromServices] SpreadsheetImportJobs jobs)
    {
        var definition = await definitions.GetTypeAsync(type);
        if (definition is null || await OwnJobAsync(jobs, id) is not { } job || job.ContentType != type) return NotFound();
        return View(new Models.SpreadsheetImportJobModel { Type = definition, Job = job, Errors = SpreadsheetImportJobs.Errors(job),
            Status = Models.SpreadsheetImportJobModel.StatusText(job, T) });
    }

    /// <summary>What the progress bar polls.</summary>
    [HttpGet("sheets/import-jobs/{id}/status")]
    public async Task<IActionResult> ImportJobStatus(string id, [FromServices] SpreadsheetImportJobs jobs)
    {
        if (await OwnJobAsync(jobs, id) is not { } job) return NotFound();
        Response.Headers.CacheControl = "no-store";
        return Json(new
        {
            state = job.State.ToString().ToLowerInvariant(),
            percent = SpreadsheetImportJobs.Percent(job),
            validated = Math.Min(job.ValidatedRows, job.TotalRows),
            total = job.TotalRows,
            imported = job.ImportedRows,
            done = job.State is SpreadsheetImportState.Succeeded or SpreadsheetImportState.Failed,
            text = Models.SpreadsheetImportJobModel.StatusText(job, T),
        });
    }

    private async Task<SpreadsheetImportJobRecord?> OwnJobAsync(SpreadsheetImportJobs jobs, string id) =>
        id.Length <= 32 && await jobs.FindAsync(id) is { } job && job.UserId == User.FindFirstValue(ClaimTypes.NameIdentifier) ? job : null;

    private ViewResult ImportRefused(ResolvedContentType definition, IReadOnlyList<SpreadsheetError> errors, string? month = null)
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("Import", new Models.SpreadsheetImportModel { Type = definition, Errors = errors, Month = month ?? DefaultMonth(definition) });
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
