using System.Text.Json.Nodes;
using Jingyuan.Cms.Chapters;
using Jingyuan.Cms.Content;
using Jingyuan.Cms.Modules.Industry.Models;
using Microsoft.Extensions.Localization;

namespace Jingyuan.Cms.Modules.Industry.Services;

/// <summary>
/// Rules of a 产业项目 beyond its field definitions, whoever writes it (form, Excel import, recipe).
/// They keep the chapter's sums honest: the task follows the industry, a planned project has
/// delivered nothing yet, and a planted area says which target it belongs to.
/// </summary>
public sealed class IndustryProjectHandler(IStringLocalizer<IndustryProjectHandler> T) : IContentHandler
{
    public Task ValidatingAsync(ContentItem item, IDictionary<string, string[]> errors)
    {
        if (item.ContentType != IndustryProject.Name) return Task.CompletedTask;
        ProjectFields.Validate(item, errors, T);

        var industry = item.GetText(IndustryProject.Industry);
        // Derived, never typed: lists filter by task without anyone keeping the two in step.
        if (IndustryProject.TaskOf(industry) is { } task) item.Set(IndustryProject.Task, JsonValue.Create(task));

        if (item.GetText(ProjectFields.Stage) == ProjectFields.Planned)
        {
            foreach (var (name, label, _) in IndustryProject.Quantities.Where(q => item.GetNumber(q.Name) > 0))
                errors.TryAdd(name, [T["计划阶段的项目尚无完成量，“{0}”请在开工后填写", label]]);
        }
        CheckPlantingKind(item, industry, errors);
        return Task.CompletedTask;
    }

    private void CheckPlantingKind(ContentItem item, string? industry, IDictionary<string, string[]> errors)
    {
        var kind = item.GetText(IndustryProject.PlantingKind);
        if (string.IsNullOrEmpty(kind))
        {
            if (industry is IndustryProject.Industries.Herbs or IndustryProject.Industries.CoolCrops
                && item.GetNumber(IndustryProject.PlantedMu) > 0)
                errors.TryAdd(IndustryProject.PlantingKind, [T["{0}项目填写了种植面积，请选择种植类型", industry]]);
            return;
        }
        if (IndustryProject.PlantingKinds.IndustryOf(kind) is { } expected && expected != industry)
            errors.TryAdd(IndustryProject.PlantingKind, [T["种植类型“{0}”只适用于{1}项目", kind, expected]]);
    }
}
