using Jingyuan.Cms.Content;
using Jingyuan.Cms.Departments;
using Jingyuan.Cms.Modules.Supervision.Models;
using Jingyuan.Cms.Time;
using I = Jingyuan.Cms.Modules.Supervision.Models.SupervisionItemType;

namespace Jingyuan.Cms.Modules.Supervision.Services;

/// <summary>The 督办事项 raised from one 督查轮次 or 包抓走访 (by the indexed source-record field), with stage and light.</summary>
public sealed class RaisedItems(IContentManager contents, IDepartmentStore departments, TimeProvider clock)
{
    /// <summary>A round or a visit raises a handful of items; more than this is not one record's work.</summary>
    public const int MaxShown = 200;

    public async Task<IReadOnlyList<RaisedItemRow>> OfAsync(string sourceRecordId)
    {
        var query = new ContentQuery { ContentTypes = [I.Name], SortBy = ContentSort.Created, Descending = false, PageSize = MaxShown };
        query.Where(I.SourceRecord, sourceRecordId);
        var page = await contents.QueryAsync(query);
        var names = (await departments.ListAsync()).ToDictionary(d => d.Id, d => d.Name);
        var today = ChinaTime.Today(clock);
        return page.Items.Select(i => new RaisedItemRow(i, i.GetText(I.Stage) ?? "", SupervisionLights.On(i, today),
            i.DepartmentId is { } d ? names.GetValueOrDefault(d, "") : "")).ToList();
    }
}
