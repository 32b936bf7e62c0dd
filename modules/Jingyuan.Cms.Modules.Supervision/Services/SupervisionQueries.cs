using Jingyuan.Cms.Content;
using Jingyuan.Cms.Time;
using I = Jingyuan.Cms.Modules.Supervision.Models.SupervisionItemType;

namespace Jingyuan.Cms.Modules.Supervision.Services;

/// <summary>A list filter: stage, lead unit, light (on today's China date).</summary>
public sealed record SupervisionFilter(string? Stage = null, int? UnitId = null, SupervisionLight? Light = null, int Page = 1);

/// <summary>Lists of 督办事项, filtered in SQL on the stored stage, unit and light days (never loading the whole table).</summary>
public sealed class SupervisionQueries(IContentManager contents, TimeProvider clock)
{
    public const int PageSize = 20;

    public Task<PagedResult<ContentItem>> ListAsync(SupervisionFilter filter, int? departmentScope, int pageSize = PageSize)
    {
        var query = Base(ChinaTime.Today(clock), filter.Light);
        if (filter.Stage is { Length: > 0 } stage) query.Where(I.Stage, stage);
        query.DepartmentId = departmentScope ?? filter.UnitId;
        if (departmentScope is { } own && filter.UnitId is { } asked && asked != own) query.DepartmentId = -1;
        query.Page = Math.Max(1, filter.Page);
        query.PageSize = pageSize;
        return contents.QueryAsync(query);
    }

    /// <summary>How many items match, e.g. for the dashboard.</summary>
    public async Task<int> CountAsync(string? stage, int? departmentId, SupervisionLight? light = null)
    {
        var result = await ListAsync(new SupervisionFilter(stage, departmentId, light), departmentScope: null, pageSize: 1);
        return result.Total;
    }

    private static ContentQuery Base(DateOnly today, SupervisionLight? light)
    {
        var query = new ContentQuery { ContentTypes = [I.Name], SortBy = I.Deadline, Descending = false };
        var day = SupervisionLights.Iso(today);
        switch (light)
        {
            case SupervisionLight.Red:
                query.Fields.Add(new FieldFilter(I.RedFrom, FieldOperator.LessOrEqual, day));
                break;
            case SupervisionLight.Yellow:
                query.Fields.Add(new FieldFilter(I.YellowFrom, FieldOperator.LessOrEqual, day));
                query.Fields.Add(new FieldFilter(I.RedFrom, FieldOperator.GreaterOrEqual, SupervisionLights.Iso(today.AddDays(1))));
                break;
            case SupervisionLight.Green:
                query.Fields.Add(new FieldFilter(I.YellowFrom, FieldOperator.GreaterOrEqual, SupervisionLights.Iso(today.AddDays(1))));
                query.Fields.Add(new FieldFilter(I.RedFrom, FieldOperator.GreaterOrEqual, SupervisionLights.Iso(today.AddDays(1))));
                break;
        }
        return query;
    }

    /// <summary>Every item of a type page by page (for reminders and indicators), without holding more than a page of queries open.</summary>
    public async IAsyncEnumerable<ContentItem> AllAsync(ContentQuery query)
    {
        query.PageSize = 200;
        query.SortBy = ContentSort.Created;
        query.Descending = false;
        for (query.Page = 1; ; query.Page++)
        {
            var page = await contents.QueryAsync(query);
            foreach (var item in page.Items) yield return item;
            if (!page.HasNext) yield break;
        }
    }
}
