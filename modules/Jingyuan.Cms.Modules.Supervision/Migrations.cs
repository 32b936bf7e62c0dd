using Jingyuan.Cms.Content;
using Jingyuan.Cms.Data;
using Jingyuan.Cms.Modules.Supervision.Models;
using I = Jingyuan.Cms.Modules.Supervision.Models.SupervisionItemType;

namespace Jingyuan.Cms.Modules.Supervision;

/// <summary>Creates the module's four content types: 督办事项, 督查轮次, 包抓走访记录 and 督办通报.</summary>
public sealed class Migrations(IContentDefinitionManager definitions) : IDataMigration
{
    private static readonly FieldSettings Indexed = new() { Indexed = true };

    public async Task<int> CreateAsync()
    {
        await SaveAsync(I.Name, "督办事项", "督查督办的事项及其闭环：立项、交办、签收、办理、反馈、复核、办结。",
        [
            Field(I.Source, "来源", FieldKind.Choice, required: true, new() { Options = [.. I.Sources], Indexed = true }),
            Field(I.Content, "督办内容", FieldKind.LongText, required: true, new() { MaxLength = 4000 }),
            Field(I.PlanTaskId, "关联方案任务", FieldKind.Number, settings: new() { Indexed = true, Min = 1 }),
            Field(I.SiteId, "关联安置区", FieldKind.Site, settings: Indexed),
            Field(I.SourceRecord, "来源记录", FieldKind.ContentLink, settings: Indexed),
            Field(I.OtherProblem, "其他问题", FieldKind.Text, settings: new() { MaxLength = 500 }),
            Field(I.AssistingUnits, "协办单位", FieldKind.Text, settings: new() { MaxLength = 500 }),
            Field(I.Deadline, "办理期限", FieldKind.Date, required: true, Indexed),
            Field(I.Priority, "优先级", FieldKind.Choice, required: true, new() { Options = [.. I.Priorities], Indexed = true }),
            Field(I.Stage, "办理环节", FieldKind.Choice, required: true, new() { Options = [.. SupervisionStage.All], Indexed = true }),
            Field(I.AssignedOn, "交办日期", FieldKind.Date, settings: Indexed),
            Field(I.SignDue, "签收时限", FieldKind.Date, settings: Indexed),
            Field(I.YellowFrom, "黄灯起始日", FieldKind.Date, settings: Indexed),
            Field(I.RedFrom, "红灯起始日", FieldKind.Date, settings: Indexed),
            Field(I.ClosedOn, "办结日期", FieldKind.Date, settings: Indexed),
            Field(I.ReturnCount, "退回次数", FieldKind.Number, settings: new() { Indexed = true, Min = 0 }),
            Field(I.Steps, "办理过程", FieldKind.LongText, settings: new() { MaxLength = 500_000 }),
            Field(I.Evidence, "佐证材料", FieldKind.Files, settings: new()
            {
                AllowedExtensions = [".pdf", ".doc", ".docx", ".xls", ".xlsx", ".jpg", ".jpeg", ".png"],
                AllowedKinds = FileKinds.All, MaxFileBytes = 20 * 1024 * 1024, MaxFiles = 200,
            }),
        ]);
        await SaveAsync(InspectionRoundType.Name, "督查轮次", "一次督查：日期、督查人员、被督查单位；发现的问题立项为督办事项。",
        [
            Field(InspectionRoundType.HeldOn, "督查日期", FieldKind.Date, required: true, Indexed),
            Field(InspectionRoundType.Inspectors, "督查人员", FieldKind.Text, required: true, new() { MaxLength = 500 }),
            Field(InspectionRoundType.UnitsInspected, "被督查单位", FieldKind.LongText, required: true, new() { MaxLength = 2000 }),
            Field(InspectionRoundType.Summary, "督查情况", FieldKind.LongText, settings: new() { MaxLength = 10000 }),
        ]);
        await SaveAsync(LeaderVisitType.Name, "包抓走访记录", "包抓领导到安置区走访：领导、安置区、日期、发现的问题。",
        [
            Field(LeaderVisitType.Leader, "包抓领导", FieldKind.Text, required: true,
                new() { MaxLength = 100, Hint = "须为该安置区本年度的包抓领导" }),
            Field(LeaderVisitType.SiteId, "安置区", FieldKind.Site, required: true, Indexed),
            Field(LeaderVisitType.VisitedOn, "走访日期", FieldKind.Date, required: true, Indexed),
            Field(LeaderVisitType.Findings, "发现问题", FieldKind.LongText, required: true, new() { MaxLength = 4000 }),
        ]);
        await SaveAsync(SupervisionCircularType.Name, "督办通报", "统筹办公室印发的督办通报（逾期与退回事项）。",
        [
            Field(SupervisionCircularType.DocumentNumber, "文号", FieldKind.Text, required: true, new() { MaxLength = 100, Indexed = true }),
            Field(SupervisionCircularType.IssuedOn, "印发日期", FieldKind.Date, required: true, Indexed),
            Field(SupervisionCircularType.PeriodStart, "通报起始日", FieldKind.Date, required: true, Indexed),
            Field(SupervisionCircularType.PeriodEnd, "通报截止日", FieldKind.Date, required: true, Indexed),
            Field(SupervisionCircularType.Body, "正文", FieldKind.LongText, required: true, new() { MaxLength = 20000 }),
            Field(SupervisionCircularType.Document, "通报文件", FieldKind.Files, required: true, new()
            {
                AllowedExtensions = [".docx"], AllowedKinds = FileKinds.Documents, MaxFiles = 1, MaxFileBytes = 20 * 1024 * 1024,
            }),
        ]);
        return 1;
    }

    private async Task SaveAsync(string name, string displayName, string description, List<ContentFieldDefinition> fields)
    {
        for (var i = 0; i < fields.Count; i++) fields[i].Order = i + 1;
        await definitions.SavePartAsync(new ContentPartDefinition { Name = name, DisplayName = displayName, Fields = fields });
        await definitions.SaveTypeAsync(new ContentTypeDefinition
        {
            Name = name, DisplayName = displayName, Description = description, ModuleId = "Supervision", Parts = [name],
            // Internal work of the coordinating office and the units: never on the public site.
            PublicVisible = false,
        });
    }

    private static ContentFieldDefinition Field(string name, string label, FieldKind kind, bool required = false, FieldSettings? settings = null) =>
        new() { Name = name, Label = label, Kind = kind, Required = required, Settings = settings?.Clone() ?? new FieldSettings() };
}
