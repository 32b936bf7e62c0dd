using Jingyuan.Cms.Content;
using Jingyuan.Cms.Departments;
using Jingyuan.Cms.Modules.Supervision.Services;

namespace Jingyuan.Cms.Modules.Supervision.Models;

public sealed record SupervisionRow(ContentItem Item, SupervisionLight Light, string UnitName);

public sealed record SupervisionListModel(
    SupervisionFilter Filter, PagedResult<ContentItem> Page, IReadOnlyList<SupervisionRow> Rows,
    IReadOnlyList<Department> Units, bool UnitFixed, bool IsCoordinator);

/// <summary>An item's page: the facts, the timeline and the forms the viewer may use now.</summary>
public sealed record SupervisionItemModel(
    ContentItem Item, IReadOnlyList<SupervisionStep> Steps, SupervisionLight Light, string UnitName,
    IReadOnlyList<string> AssistingUnitNames, IReadOnlyDictionary<string, StoredFile> Files,
    bool IsCoordinator, bool IsLeadUnit, IReadOnlyDictionary<string, string[]> Errors, string? Problem);

public sealed record SupervisionNewModel(SupervisionDraft Draft, IReadOnlyList<Department> Units,
    IReadOnlyDictionary<string, string[]> Errors, string? SourceRecordId, string? SourceTitle, IReadOnlyList<Jingyuan.Cms.Plan.PlanTask> Tasks);
