using System.Security.Claims;
using System.Text.Json.Nodes;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Data;
using Microsoft.Extensions.Localization;

namespace Jingyuan.Cms.Progress;

/// <summary>
/// Files progress reports for a signed-in user. The department is the editor's own, checked against
/// the task's lead and responsible units before anything is read from the form; the report, its
/// evidence and its submission are written in one transaction, or not at all.
/// </summary>
public sealed class ProgressReportService(
    CmsDbContext db,
    IContentManager contents,
    IContentAuthorizer authorizer,
    IMediaStore media,
    IStringLocalizer<ProgressReportService> T)
{
    /// <summary>The department the user reports for, or null when they may report for any (reviewers).</summary>
    public Task<int?> FixedDepartmentAsync(ClaimsPrincipal user) => authorizer.DepartmentScopeAsync(user);

    /// <summary>True when the user may report on the task: their unit is involved, or they see all departments.</summary>
    public async Task<bool> CanReportAsync(ClaimsPrincipal user, ReportableTask task)
    {
        if (!await authorizer.CanCreateAsync(user, ProgressReportType.Name)) return false;
        return await FixedDepartmentAsync(user) is not { } department || task.Task.IsUnitInvolved(department);
    }

    public async Task<ProgressReportResult> CreateAsync(ClaimsPrincipal user, int taskId, ProgressReportInput input)
    {
        var task = await ReportableTask.LoadAsync(db, taskId) ?? throw new KeyNotFoundException(T["任务不存在"]);
        if (!await authorizer.CanCreateAsync(user, ProgressReportType.Name))
            throw new ProgressReportForbiddenException(T["您没有填报进度的权限"]);
        var fixedDepartment = await FixedDepartmentAsync(user);
        if (fixedDepartment is { } own && !task.Task.IsUnitInvolved(own))
            throw new ProgressReportForbiddenException(T["本单位不是任务{0}的牵头单位或责任单位，不能填报该任务的进度", task.Task.Number]);

        var errors = new Dictionary<string, string[]>();
        var department = fixedDepartment ?? input.DepartmentId;
        if (department is null) errors["DepartmentId"] = [T["请选择填报单位"]];
        else if (!task.Task.IsUnitInvolved(department.Value))
            errors["DepartmentId"] = [T["该单位不是任务{0}的牵头单位或责任单位", task.Task.Number]];
        await CheckUploadsAsync(input.Evidence, errors);

        var item = await contents.NewAsync(ProgressReportType.Name);
        item.Year = task.Year;
        item.DepartmentId = department;
        item.Set(ProgressReportType.TaskId, JsonValue.Create((decimal)task.Task.Id))
            .Set(ProgressReportType.TargetId, input.TargetId is { } t ? JsonValue.Create((decimal)t) : null)
            .Set(ProgressReportType.Period, string.IsNullOrWhiteSpace(input.Period) ? null : JsonValue.Create(input.Period.Trim()))
            .Set(ProgressReportType.Value, input.Value is { } v ? JsonValue.Create(v) : null)
            .Set(ProgressReportType.Narrative, string.IsNullOrWhiteSpace(input.Narrative) ? null : JsonValue.Create(input.Narrative.Trim()));
        if (input.Submit && !await authorizer.CanAsync(user, ContentAction.Submit, item))
            throw new ProgressReportForbiddenException(T["您没有提交审核的权限"]);

        // Everything is checked before any file is stored: a refused form leaves nothing behind.
        foreach (var (key, messages) in await contents.ValidateAsync(item))
        {
            // The handler repeats the department check under ""; the form already shows it at the select.
            if (key == "" && errors.ContainsKey("DepartmentId")) continue;
            errors.TryAdd(key, messages);
        }
        if (errors.Count > 0) return new ProgressReportResult(null, errors);

        var saved = await db.InTransactionAsync(async () =>
        {
            var files = new List<JsonNode>();
            foreach (var upload in input.Evidence)
            {
                await using var stream = upload.OpenReadStream();
                files.Add((await media.SaveAsync(stream, upload.FileName, EvidenceSettings)).ToJson());
            }
            item.Set(ProgressReportType.Evidence, files.Count == 0 ? null : new JsonArray([.. files]));
            var draft = await contents.SaveDraftAsync(item, null);
            return input.Submit ? await contents.SubmitAsync(draft.ContentItemId) : draft;
        });
        return new ProgressReportResult(saved, new Dictionary<string, string[]>());
    }

    /// <summary>The Evidence field's settings, as the ProgressReport migration defines them.</summary>
    private static readonly FieldSettings EvidenceSettings = new()
    {
        AllowedExtensions = [.. ProgressReportType.EvidenceExtensions], AllowedKinds = ProgressReportType.EvidenceKinds,
        MaxFileBytes = ProgressReportType.EvidenceMaxBytes, MaxFiles = ProgressReportType.EvidenceMaxFiles,
    };

    private async Task CheckUploadsAsync(IReadOnlyList<ReportUpload> uploads, Dictionary<string, string[]> errors)
    {
        var messages = new List<string>();
        if (uploads.Count > ProgressReportType.EvidenceMaxFiles)
            messages.Add(T["佐证材料最多 {0} 个文件", ProgressReportType.EvidenceMaxFiles]);
        foreach (var upload in uploads)
        {
            await using var stream = upload.OpenReadStream();
            if (await media.CheckAsync(stream, upload.FileName, EvidenceSettings) is { } problem) messages.Add(problem);
        }
        if (messages.Count > 0) errors[ProgressReportType.Evidence] = [.. messages];
    }
}
