using Jingyuan.Cms.Content;
using Jingyuan.Cms.Data;

namespace Jingyuan.Cms.Progress;

/// <summary>Defines the ProgressReport type. A host migration: recorded under the host's module id.</summary>
public sealed class ProgressMigrations(IContentDefinitionManager definitions) : IDataMigration
{
    public async Task<int> CreateAsync()
    {
        await definitions.SavePartAsync(new ContentPartDefinition
        {
            Name = ProgressReportType.Name,
            DisplayName = "进度报告",
            Fields =
            [
                new() { Name = ProgressReportType.TaskId, Label = "任务", Kind = FieldKind.Number, Required = true, Order = 1,
                        Settings = new FieldSettings { Indexed = true, Min = 1, Hint = "任务编号由系统填写（内部编号）" } },
                new() { Name = ProgressReportType.TargetId, Label = "指标", Kind = FieldKind.Number, Required = true, Order = 2,
                        Settings = new FieldSettings { Indexed = true, Min = 1, Hint = "指标由系统填写（内部编号）" } },
                new() { Name = ProgressReportType.Period, Label = "填报期间", Kind = FieldKind.Text, Required = true, Order = 3,
                        Settings = new FieldSettings { Indexed = true, MaxLength = 7, Hint = "月度如 2023-05，季度如 2023-Q2" } },
                // Cumulative: what has been achieved since the start of the year, not this period's increment.
                new() { Name = ProgressReportType.Value, Label = "累计完成值", Kind = FieldKind.Number, Required = true, Order = 4,
                        Settings = new FieldSettings { Indexed = true, Min = 0, Hint = "截至本期末的年度累计完成值" } },
                new() { Name = ProgressReportType.Narrative, Label = "进展情况", Kind = FieldKind.LongText, Required = true, Order = 5,
                        Settings = new FieldSettings { MaxLength = 5000 } },
                new() { Name = ProgressReportType.Evidence, Label = "佐证材料", Kind = FieldKind.Files, Order = 6,
                        Settings = new FieldSettings
                        {
                            AllowedExtensions = [.. ProgressReportType.EvidenceExtensions], AllowedKinds = ProgressReportType.EvidenceKinds,
                            MaxFileBytes = ProgressReportType.EvidenceMaxBytes, MaxFiles = ProgressReportType.EvidenceMaxFiles,
                        } },
            ],
        });
        await definitions.SaveTypeAsync(new ContentTypeDefinition
        {
            Name = ProgressReportType.Name,
            DisplayName = "进度报告",
            Description = "牵头及责任单位按月或按季度填报的指标累计完成情况，审核通过后计入完成进度。",
            // Created through the progress reporting form, which knows the task's targets.
            Listable = false,
            Parts = [ProgressReportType.Name],
        });
        return 1;
    }
}
