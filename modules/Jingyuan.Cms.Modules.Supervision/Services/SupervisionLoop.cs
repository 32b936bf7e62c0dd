using System.Globalization;
using System.Text.Json.Nodes;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Modules.Supervision.Models;
using Jingyuan.Cms.Time;
using I = Jingyuan.Cms.Modules.Supervision.Models.SupervisionItemType;
using S = Jingyuan.Cms.Modules.Supervision.Models.SupervisionStage;

namespace Jingyuan.Cms.Modules.Supervision.Services;

/// <summary>
/// The loop's actions. Each checks who acts (the coordinating office, or a user of the item's lead unit),
/// that the stored item is at a stage the action follows, then records the step (time, user, note,
/// evidence) and the next stage, both from the server, as a new version, and audits it.
/// </summary>
public sealed partial class SupervisionLoop
{
    /// <summary>立项 by the coordinating office: a new item of the lead unit (its department), at stage 立项.</summary>
    public async Task<ContentItem> RaiseAsync(SupervisionDraft draft, string? sourceRecordId = null)
    {
        await RequireCoordinatorAsync();
        var errors = await CheckDraftAsync(draft);
        if (errors.Count > 0) throw new ContentValidationException(errors);
        var item = await contents.NewAsync(I.Name);
        item.DisplayText = draft.Title.Trim();
        item.DepartmentId = draft.LeadUnitId;
        item.Year = draft.Deadline!.Value.Year;
        item.Set(I.Source, draft.Source).Set(I.Content, draft.Content.Trim()).Set(I.Priority, draft.Priority)
            .Set(I.Deadline, SupervisionLights.Iso(draft.Deadline.Value)).Set(I.Stage, S.Registered).Set(I.ReturnCount, 0)
            .Set(I.OtherProblem, draft.OtherProblem?.Trim())
            .Set(I.AssistingUnits, string.Join(",", draft.AssistingUnitIds.Where(u => u != draft.LeadUnitId).Distinct()))
            .Set(I.PlanTaskId, draft.PlanTaskId is { } task ? JsonValue.Create(task) : null)
            .Set(I.SiteId, draft.SiteId is { } site ? JsonValue.Create(site) : null)
            .Set(I.SourceRecord, sourceRecordId);
        return await RecordAsync(item, S.Registered, S.Registered, draft.Note, null, []);
    }

    /// <summary>交办: the lead unit must acknowledge within <see cref="S.SignWorkingDays"/> working days.</summary>
    public async Task<ContentItem> AssignAsync(string id, string? note)
    {
        var item = await LoadAsync(id, coordinator: true, S.Registered);
        var today = ChinaTime.Today(clock);
        item.Set(I.AssignedOn, SupervisionLights.Iso(today))
            .Set(I.SignDue, SupervisionLights.Iso(await calendar.AddWorkingDaysAsync(today, S.SignWorkingDays)));
        var saved = await RecordAsync(item, S.Assigned, S.Assigned, note, null, []);
        await NotifyAssignedAsync(saved);
        return saved;
    }

    /// <summary>签收 by the lead unit.</summary>
    public async Task<ContentItem> AcknowledgeAsync(string id, string? note) =>
        await RecordAsync(await LoadAsync(id, coordinator: false, S.Assigned), S.Acknowledged, S.Acknowledged, note, null, []);

    /// <summary>办理: a dated progress entry of the lead unit (as many as it likes), with optional evidence.</summary>
    public async Task<ContentItem> ProgressAsync(string id, DateOnly? date, string? note, IReadOnlyList<EvidenceUpload> files)
    {
        var item = await LoadAsync(id, coordinator: false, S.Acknowledged, S.InProgress);
        var day = date ?? ChinaTime.Today(clock);
        if (day > ChinaTime.Today(clock)) throw Invalid("date", "办理日期不能晚于今天");
        RequireNote(note, "note", "请填写办理进展");
        return await RecordAsync(item, S.InProgress, S.InProgress, note, day, files);
    }

    /// <summary>反馈: the completion report, with at least one evidence file.</summary>
    public async Task<ContentItem> ReportAsync(string id, string? note, IReadOnlyList<EvidenceUpload> files)
    {
        var item = await LoadAsync(id, coordinator: false, S.Acknowledged, S.InProgress);
        RequireNote(note, "note", "请填写办结情况");
        if (files.Count == 0) throw Invalid("files", "请上传佐证材料");
        return await RecordAsync(item, S.Reported, S.Reported, note, null, files);
    }

    /// <summary>复核退回: back to 办理; the reason is required and shown to the unit.</summary>
    public async Task<ContentItem> ReturnAsync(string id, string? reason)
    {
        var item = await LoadAsync(id, coordinator: true, S.Reported);
        RequireNote(reason, "reason", "退回须填写理由");
        item.Set(I.ReturnCount, (item.GetInt(I.ReturnCount) ?? 0) + 1);
        return await RecordAsync(item, S.Returned, S.InProgress, reason, null, []);
    }

    /// <summary>复核通过，办结销号.</summary>
    public async Task<ContentItem> CloseAsync(string id, string? note)
    {
        var item = await LoadAsync(id, coordinator: true, S.Reported);
        item.Set(I.ClosedOn, SupervisionLights.Iso(ChinaTime.Today(clock)));
        return await RecordAsync(item, S.Closed, S.Closed, note, null, []);
    }

    private static void RequireNote(string? note, string field, string message)
    {
        if (string.IsNullOrWhiteSpace(note)) throw Invalid(field, message);
        if (note.Length > 4000) throw Invalid(field, "说明不能超过4000个字符");
    }

    private static ContentValidationException Invalid(string field, string message) =>
        new(new Dictionary<string, string[]> { [field] = [message] });

    private static string DateText(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}
