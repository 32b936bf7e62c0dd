using Jingyuan.Cms.Chapters;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Modules.Industry.Models;
using Microsoft.Extensions.Localization;

namespace Jingyuan.Cms.Modules.Industry.Services;

/// <summary>
/// Rules of a 产业项目 beyond its field declarations, whoever writes it (form, Excel import, recipe).
/// They keep the chapter's sums honest: the task follows the industry, a planned project has
/// delivered nothing yet, and a planted area says which target it belongs to.
/// </summary>
public sealed class IndustryProjectHandler(IStringLocalizer<IndustryProjectHandler> T, IEnumerable<ChapterDescriptor> chapters)
    : RecordHandler<IndustryProject>
{
    // Derived, never typed: lists filter by task without anyone keeping the two in step.
    protected override void Derive(IndustryProject project, ContentItem item) =>
        project.Task = IndustryProject.TaskOf(project.Industry) ?? project.Task;

    protected override void Validate(IndustryProject project, ContentItem item, RecordErrors<IndustryProject> errors)
    {
        ProjectFields.Validate(project, errors, T);
        if (project.Stage == ProjectFields.Planned)
        {
            foreach (var (field, _) in project.Quantities().Where(q => q.Value > 0))
                errors.Add(field, T["计划阶段的项目尚无完成量，“{0}”请在开工后填写", LabelOf(field)]);
        }
        CheckPlantingKind(project, errors);
    }

    private void CheckPlantingKind(IndustryProject project, RecordErrors<IndustryProject> errors)
    {
        if (string.IsNullOrEmpty(project.PlantingKind))
        {
            if (project.Industry is IndustryProject.Industries.Herbs or IndustryProject.Industries.CoolCrops && project.PlantedMu > 0)
                errors.Add(x => x.PlantingKind, T["{0}项目填写了种植面积，请选择种植类型", project.Industry]);
            return;
        }
        if (IndustryProject.PlantingKinds.IndustryOf(project.PlantingKind) is { } expected && expected != project.Industry)
            errors.Add(x => x.PlantingKind, T["种植类型“{0}”只适用于{1}项目", project.PlantingKind, expected]);
    }

    private string LabelOf(string field) => chapters.LabelOf(nameof(IndustryProject), field);
}
