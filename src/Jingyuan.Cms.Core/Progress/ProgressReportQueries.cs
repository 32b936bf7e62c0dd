using System.Globalization;
using Jingyuan.Cms.Content;

namespace Jingyuan.Cms.Progress;

/// <summary>Counts over progress reports, in SQL: for the dashboard and for guarding plan deletions.</summary>
public sealed class ProgressReportQueries(IContentManager contents)
{
    /// <summary>Reports (any state, not deleted) filed against any of the tasks.</summary>
    public Task<int> CountForTasksAsync(IReadOnlyCollection<int> taskIds) =>
        CountByFieldAsync(ProgressReportType.TaskId, taskIds);

    /// <summary>Reports (any state, not deleted) naming any of the targets.</summary>
    public Task<int> CountForTargetsAsync(IReadOnlyCollection<int> targetIds) =>
        CountByFieldAsync(ProgressReportType.TargetId, targetIds);

    public async Task<int> CountAsync(ContentStatus status, int? departmentId) =>
        (await contents.QueryAsync(new ContentQuery
        {
            ContentTypes = [ProgressReportType.Name], Status = status, DepartmentId = departmentId, PageSize = 1,
        })).Total;

    private async Task<int> CountByFieldAsync(string field, IReadOnlyCollection<int> ids)
    {
        if (ids.Count == 0) return 0;
        var query = new ContentQuery { ContentTypes = [ProgressReportType.Name], PageSize = 1 };
        query.Fields.Add(FieldFilter.OneOf(field, ids.Select(i => i.ToString(CultureInfo.InvariantCulture)).ToList()));
        return (await contents.QueryAsync(query)).Total;
    }
}
