using Jingyuan.Cms.Chapters;
using Jingyuan.Cms.Data;
using Jingyuan.Cms.Progress;
using Microsoft.EntityFrameworkCore;

namespace Jingyuan.Cms.Archive;

/// <summary>The row of an item in scope, as the build pages through them.</summary>
public sealed record ArchiveItemRow(long VersionId, string ContentItemId, string ContentType);

/// <summary>
/// Which items a scope holds: the latest, published (approved) version of the chapters' records and
/// of progress reports of the year, of the department and task when named. Read in pages ordered by
/// key, so a package of 100,000 items never holds them all.
/// </summary>
public sealed class ArchiveItemSource(CmsDbContext db, IEnumerable<ChapterDescriptor> chapters)
{
    public const int PageSize = 200;

    /// <summary>The kit's convention for a record naming its task (产业项目: 所属任务 = 任务2).</summary>
    public const string TaskField = "Task";

    /// <summary>问题 (classification) of each type: its chapter's title; reports are their own class.</summary>
    public IReadOnlyDictionary<string, string> Classes()
    {
        var classes = new Dictionary<string, string> { [ProgressReportType.Name] = "进度报告" };
        foreach (var chapter in chapters)
            foreach (var type in chapter.RecordTypes) classes.TryAdd(type, chapter.Title);
        return classes;
    }

    public IQueryable<ContentItemRecord> Query(ArchiveScope scope, int? taskNumber)
    {
        var types = Classes().Keys.ToList();
        var rows = db.Set<ContentItemRecord>().AsNoTracking()
            .Where(r => r.Latest && r.Published && !r.Deleted && r.Year == scope.Year && types.Contains(r.ContentType));
        if (scope.DepartmentId is { } department) rows = rows.Where(r => r.DepartmentId == department);
        if (scope.TaskId is { } taskId && taskNumber is { } number)
        {
            var label = $"任务{number}";
            var index = db.Set<ContentFieldIndexRecord>().AsNoTracking();
            rows = rows.Where(r => r.ContentType == ProgressReportType.Name
                ? index.Any(f => f.VersionId == r.Id && f.FieldName == ProgressReportType.TaskId && f.NumberValue == taskId)
                : index.Any(f => f.VersionId == r.Id && f.FieldName == TaskField && f.TextValue == label));
        }
        return rows;
    }

    public async IAsyncEnumerable<IReadOnlyList<ArchiveItemRow>> PagesAsync(ArchiveScope scope, int? taskNumber)
    {
        long after = 0;
        while (true)
        {
            var page = await Query(scope, taskNumber).Where(r => r.Id > after).OrderBy(r => r.Id).Take(PageSize)
                .Select(r => new ArchiveItemRow(r.Id, r.ContentItemId, r.ContentType)).ToListAsync();
            if (page.Count == 0) yield break;
            yield return page;
            after = page[^1].VersionId;
        }
    }
}
