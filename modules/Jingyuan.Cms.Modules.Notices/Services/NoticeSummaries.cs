using Jingyuan.Cms.Content;
using Jingyuan.Cms.Departments;
using Jingyuan.Cms.Modules.Notices.Models;
using Jingyuan.Cms.Time;

namespace Jingyuan.Cms.Modules.Notices.Services;

/// <summary>Turns notices into what the public pages show: kind, issuing unit's name, 发布日期, 公示 state.</summary>
public sealed class NoticeSummaries(IDepartmentStore departments, NoticeStatusService status,
    IContentDefinitionManager definitions, IEnumerable<IContentUrlProvider> urls)
{
    /// <summary>A page of notices; the (short) department list is read once for all of them.</summary>
    public async Task<IReadOnlyList<NoticeSummary>> DescribeAsync(IEnumerable<ContentItem> items) =>
        Describe(items, await departments.ListAsync());

    public IReadOnlyList<NoticeSummary> Describe(IEnumerable<ContentItem> items, IEnumerable<Department> all)
    {
        var names = all.ToDictionary(d => d.Id, d => d.Name);
        return items.Select(i => Describe(i, names)).ToList();
    }

    public async Task<NoticeSummary> DescribeAsync(ContentItem item)
    {
        var department = item.GetInt(NoticeType.IssuingDepartment) is { } id ? await departments.GetAsync(id) : null;
        return Describe(item, department is null ? new Dictionary<int, string>() : new() { [department.Id] = department.Name });
    }

    /// <summary>Notices and, in the feed, items of other public types: their type is the kind, their unit the issuer.</summary>
    public async Task<IReadOnlyList<NoticeSummary>> DescribeMixedAsync(IEnumerable<ContentItem> items)
    {
        var names = (await departments.ListAsync()).ToDictionary(d => d.Id, d => d.Name);
        var summaries = new List<NoticeSummary>();
        foreach (var item in items)
        {
            if (item.ContentType == NoticeType.Name) { summaries.Add(Describe(item, names)); continue; }
            if (await definitions.GetTypeAsync(item.ContentType) is not { } type
                || urls.Select(u => u.PublicUrl(item, type.Type)).FirstOrDefault(u => u is not null) is not { } link) continue;
            summaries.Add(new NoticeSummary(item, type.Type.DisplayName,
                item.DepartmentId is { } unit ? names.GetValueOrDefault(unit) : null,
                item.PublishedUtc is { } utc ? ChinaTime.DateOf(utc) : null, null, link));
        }
        return summaries;
    }

    private NoticeSummary Describe(ContentItem item, IReadOnlyDictionary<int, string> names) => new(
        item,
        item.GetText(NoticeType.Kind) ?? "",
        item.GetInt(NoticeType.IssuingDepartment) is { } id ? names.GetValueOrDefault(id) : null,
        // Notices saved before 发布日期 was filled in show the day they were published.
        item.GetDate(NoticeType.PublishDate)
            ?? (item.PublishedUtc is { } utc ? ChinaTime.DateOf(utc) : null),
        status.For(item));
}
