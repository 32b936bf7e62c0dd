using Jingyuan.Cms.Audit;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Departments;
using Jingyuan.Cms.Modules.Supervision.Models;
using Jingyuan.Cms.Notifications;
using Jingyuan.Cms.Plan;
using Jingyuan.Cms.Security;
using Jingyuan.Cms.Time;
using Microsoft.Extensions.DependencyInjection;
using I = Jingyuan.Cms.Modules.Supervision.Models.SupervisionItemType;

namespace Jingyuan.Cms.Modules.Supervision.Services;

/// <summary>What every step shares: who may act, loading at a stage, storing evidence, the new version and its audit entry.</summary>
public sealed partial class SupervisionLoop(
    IContentManager contents, IContentDefinitionManager definitions, IMediaStore media, ICurrentUser user,
    IWorkingCalendar calendar, IAuditTrail audit, IDepartmentStore departments, IPlanStore plans,
    SupervisionWriteScope scope, IServiceProvider services, TimeProvider clock)
{
    public async Task<bool> IsCoordinatorAsync() => await user.HasPermissionAsync(Permissions.CoordinateSupervision);

    /// <summary>A user of the item's lead unit holding the handling right.</summary>
    public async Task<bool> IsLeadUnitAsync(ContentItem item) =>
        user.DepartmentId is { } own && own == item.DepartmentId && await user.HasPermissionAsync(Permissions.HandleSupervision);

    private async Task RequireCoordinatorAsync()
    {
        if (!await IsCoordinatorAsync()) throw new ContentForbiddenException("只有统筹办公室（乡村振兴局）可以办理此环节");
    }

    private async Task<ContentItem> LoadAsync(string id, bool coordinator, params string[] stages)
    {
        var item = await contents.GetLatestAsync(id);
        if (item is null || item.ContentType != I.Name) throw new ContentStateException("督办事项不存在");
        if (coordinator) await RequireCoordinatorAsync();
        else if (!await IsLeadUnitAsync(item)) throw new ContentForbiddenException("只有牵头单位可以办理此环节");
        var stage = item.GetText(I.Stage);
        if (!stages.Contains(stage)) throw new ContentStateException($"该事项处于“{stage}”环节，不能进行此操作");
        return item;
    }

    private async Task<ContentItem> RecordAsync(ContentItem item, string kind, string nextStage, string? note, DateOnly? date,
        IReadOnlyList<EvidenceUpload> files)
    {
        var stored = await StoreEvidenceAsync(files);
        if (stored.Count > 0)
        {
            var evidence = item.GetFiles(I.Evidence).Concat(stored).Select(f => (System.Text.Json.Nodes.JsonNode)f.ToJson()).ToArray();
            item.Set(I.Evidence, new System.Text.Json.Nodes.JsonArray(evidence));
        }
        item.Set(I.Stage, nextStage);
        SupervisionStep.Append(item, new SupervisionStep(kind, clock.GetUtcNow().UtcDateTime, user.UserName,
            note?.Trim() ?? "", date, stored.Select(f => f.Id).ToList()));
        await SupervisionLights.ScheduleAsync(item, calendar);
        var saved = await scope.RunAsync(() => contents.SaveDraftAsync(item, null));
        await audit.RecordAsync(new AuditEntry(AuditEvents.SupervisionStep,
            $"督办事项「{saved.DisplayText}」{kind}{(string.IsNullOrWhiteSpace(note) ? "" : "：" + Shorten(note.Trim()))}",
            saved.ContentItemId, saved.ContentType, saved.DepartmentId));
        return saved;
    }

    private async Task<IReadOnlyList<StoredFile>> StoreEvidenceAsync(IReadOnlyList<EvidenceUpload> files)
    {
        if (files.Count == 0) return [];
        var field = (await definitions.GetTypeAsync(I.Name))?.Field(I.Evidence)
            ?? throw new InvalidOperationException("The evidence field is not defined.");
        // Every file is checked before any is stored, so a refused one leaves nothing behind.
        foreach (var file in files)
        {
            if (await media.CheckAsync(file.Content, file.FileName, field.Settings) is { } problem) throw Invalid("files", problem);
            if (file.Content.CanSeek) file.Content.Position = 0;
        }
        var stored = new List<StoredFile>();
        foreach (var file in files) stored.Add(await media.SaveAsync(file.Content, file.FileName, field.Settings));
        return stored;
    }

    private async Task<Dictionary<string, string[]>> CheckDraftAsync(SupervisionDraft draft)
    {
        var errors = new Dictionary<string, string[]>();
        void Add(string field, string message) => errors[field] = [message];
        if (string.IsNullOrWhiteSpace(draft.Title)) Add(nameof(draft.Title), "请填写标题");
        else if (draft.Title.Length > 200) Add(nameof(draft.Title), "标题不能超过200个字符");
        if (!I.Sources.Contains(draft.Source)) Add(nameof(draft.Source), "来源只能从列表中选择");
        if (string.IsNullOrWhiteSpace(draft.Content)) Add(nameof(draft.Content), "请填写督办内容");
        if (!I.Priorities.Contains(draft.Priority)) Add(nameof(draft.Priority), "优先级只能从列表中选择");
        if (draft.LeadUnitId is not { } lead || await departments.GetAsync(lead) is null) Add(nameof(draft.LeadUnitId), "请选择牵头单位");
        foreach (var unit in draft.AssistingUnitIds)
            if (await departments.GetAsync(unit) is null) Add(nameof(draft.AssistingUnitIds), "所选协办单位不存在");
        if (draft.Deadline is not { } deadline) Add(nameof(draft.Deadline), "请填写办理期限");
        else if (deadline < ChinaTime.Today(clock)) Add(nameof(draft.Deadline), "办理期限不能早于今天");
        if (draft.PlanTaskId is { } task && await plans.GetTaskAsync(task) is null) Add(nameof(draft.PlanTaskId), "所选方案任务不存在");
        return errors;
    }

    /// <summary>Tells the lead unit at once; the notification engine may not be installed, so it is optional.</summary>
    private async Task NotifyAssignedAsync(ContentItem item)
    {
        if (services.GetService<INotificationCenter>() is not { } center || item.DepartmentId is not { } unit) return;
        var deadline = item.GetText(I.Deadline);
        await center.PostAsync(new Reminder($"supervision:{item.ContentItemId}:assigned", unit,
            $"新交办督办事项：{item.DisplayText}",
            $"请于 {item.GetText(I.SignDue)} 前签收，办理期限 {deadline}。", I.AdminUrl(item.ContentItemId)));
    }

    private static string Shorten(string text) => text.Length <= 100 ? text : text[..100] + "…";
}
