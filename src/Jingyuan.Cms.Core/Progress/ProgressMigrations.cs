using Jingyuan.Cms.Content;
using Jingyuan.Cms.Data;

namespace Jingyuan.Cms.Progress;

/// <summary>
/// Defines the ProgressReport type. A host migration: recorded under the host's module id.
/// Version 2: target and figure are optional, so a task without a target can file a narrative report.
/// </summary>
public sealed class ProgressMigrations(IContentDefinitionManager definitions) : IDataMigration
{
    public async Task<int> CreateAsync()
    {
        await definitions.SavePartAsync(Part());
        await definitions.SaveTypeAsync(new ContentTypeDefinition
        {
            Name = ProgressReportType.Name,
            DisplayName = "进度报告",
            Description = "牵头及责任单位按月或按季度填报的指标累计完成情况或工作进展，审核通过后公开。",
            // Created through the progress reporting form, which knows the task's targets.
            Listable = false,
            Parts = [ProgressReportType.Name],
        });
        return 2;
    }

    public async Task<int> UpdateFrom1Async()
    {
        await definitions.SavePartAsync(Part());
        return 2;
    }

    private static ContentPartDefinition Part() => new()
    {
        Name = ProgressReportType.Name,
        DisplayName = "进度报告",
        Fields =
        [
            new() { Name = ProgressReportType.TaskId, Label = "任务", Kind = FieldKind.Number, Required = true, Order = 1,
                    Settings = new FieldSettings { Indexed = true, Min = 1, Hint = "任务编号由系统填写（内部编号）" } },
            new() { Name = ProgressReportType.TargetId, Label = "指标", Kind = FieldKind.Number, Order = 2,
                    Settings = new FieldSettings { Indexed = true, Min = 1, Hint = "不选指标即为文字进展报告" } },
            new() { Name = ProgressReportType.Period, Label = "填报期间", Kind = FieldKind.Text, Required = true, Order = 3,
                    Settings = new FieldSettings { Indexed = true, MaxLength = 7, Hint = "月度如 2023-05，季度如 2023-Q2" } },
            // Cumulative: what has been achieved since the start of the year, not this period's increment.
            new() { Name = ProgressReportType.Value, Label = "累计完成值", Kind = FieldKind.Number, Order = 4,
                    // Required with a target (the handler checks); a narrative report has none.
                    Settings = new FieldSettings { Indexed = true, Min = 0, Hint = "截至本期末的年度累计完成值（选了指标时必填）" } },
            new() { Name = ProgressReportType.Narrative, Label = "进展情况", Kind = FieldKind.LongText, Required = true, Order = 5,
                    Settings = new FieldSettings { MaxLength = 5000 } },
            new() { Name = ProgressReportType.Evidence, Label = "佐证材料", Kind = FieldKind.Files, Order = 6,
                    Settings = new FieldSettings
                    {
                        AllowedExtensions = [.. ProgressReportType.EvidenceExtensions], AllowedKinds = ProgressReportType.EvidenceKinds,
                        MaxFileBytes = ProgressReportType.EvidenceMaxBytes, MaxFiles = ProgressReportType.EvidenceMaxFiles,
                    } },
        ],
    };
}
